import { browser } from 'wxt/browser';
import { createMessageRouter } from '@/lib/message-router';
import { isActiveOn } from '@/lib/activation';
import { customHostAdapterId } from '@/lib/adapters/custom-host';
import { defaultChecklists } from '@/lib/checklists';
import { detect, type DetectOptions, type Sensitivity } from '@/lib/detect';
import { relayCommand } from '@/lib/command-relay';
import { pauseSidebar, readTicketState, writeTicketState } from '@/lib/storage';
import { readEffectiveSettings, startNearMissBackground } from '@/lib/near-miss-background';
import { startReviewBackground } from '@/lib/review-background';

// One options object per sensitivity, so the detector's per-options cache is hit on every batch.
const detectOptions: Readonly<Record<Sensitivity, DetectOptions>> = {
  precise: { sensitivity: 'precise' },
  balanced: { sensitivity: 'balanced' },
  sensitive: { sensitivity: 'sensitive' },
};

export default defineBackground(() => {
  // Listeners are registered synchronously at the top of main: an MV3 worker woken by an event only
  // sees listeners that exist before its first await.
  const version = browser.runtime.getManifest().version;
  // Outbox, endpoint, history (issue 6): adds its alarm/storage/permission listeners right here.
  const nearMiss = startNearMissBackground();
  // The review page's history, imports, endpoint list and edits (issue 7), on the same database.
  const review = startReviewBackground(nearMiss.ready);
  const route = createMessageRouter(
    {
      async hello({ helpdesk: picked, host }, sender) {
        // Effective settings: the administrator's policy overrides the user's (lib/managed.ts).
        const { settings } = await readEffectiveSettings();
        // `host` carries the page's port; a custom host entered without one covers every port.
        const helpdesk = picked ?? customHostAdapterId(host, settings.customHosts) ?? null;
        const active = helpdesk !== null && isActiveOn(settings, helpdesk, host, Date.now());
        nearMiss.noteTab(sender, { active, helpdesk });
        return { version, helpdesk, active, checklists: { ...defaultChecklists, ...settings.checklists } };
      },
      // The detector lives here, once per browser, rather than in every helpdesk tab's content script.
      async detectMessages({ texts }) {
        const { settings } = await readEffectiveSettings();
        const options = detectOptions[settings.sensitivity];
        return { detections: texts.map((text) => detect(text, options)) };
      },
      status() {
        return { version };
      },
      getTicketState: (key) => readTicketState(key),
      saveTicketState: ({ helpdesk, ticketId, ...state }) => writeTicketState({ helpdesk, ticketId }, state),
      async pauseSidebar(pause) {
        await (pause.scope === 'site' ? pauseSidebar({ site: pause.host }) : pauseSidebar({ until: Date.now() + pause.minutes * 60_000 }));
        return { paused: true } as const;
      },
      ...nearMiss.handlers,
      ...review.handlers,
    },
    { extensionId: browser.runtime.id, extensionBaseUrl: browser.runtime.getURL('/') },
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.commands.onCommand.addListener((command, tab) => void relayCommand(command, tab?.id));
});
