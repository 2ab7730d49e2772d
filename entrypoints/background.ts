import { browser } from 'wxt/browser';
import { createMessageRouter } from '@/lib/message-router';
import { isActiveOn } from '@/lib/activation';
import { readSettings } from '@/lib/storage';

export default defineBackground(() => {
  // Listeners are registered synchronously at the top of main: an MV3 worker woken by an event only
  // sees listeners that exist before its first await.
  const version = browser.runtime.getManifest().version;
  const route = createMessageRouter(
    {
      async hello({ helpdesk: picked, host }) {
        const { value: settings } = await readSettings();
        const helpdesk = picked ?? settings.customHosts[host] ?? null;
        const active = helpdesk !== null && isActiveOn(settings, helpdesk, host, Date.now());
        return { version, helpdesk, active, sensitivity: settings.sensitivity };
      },
      status() {
        return { version };
      },
    },
    { extensionId: browser.runtime.id, extensionBaseUrl: browser.runtime.getURL('/') },
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
