/**
 * The background's near-miss wiring: opens the IndexedDB, recovers the outbox after a restart,
 * schedules flushes (a timer while the worker lives, the `outbox` alarm to wake it when it does
 * not), keeps custom-host content scripts registered, and exposes the message handlers.
 *
 * `startNearMissBackground()` must be called synchronously from the background's `main`: it adds
 * its event listeners before anything is awaited (MV3 delivers a waking event only to listeners
 * that exist by then). Each handler waits for the one `ready` promise.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';
import { outboxBadge } from './outbox-badge';
import { applyManaged, readManagedRaw, type ManagedArea, type ManagedView } from './managed';
import { createNearMissService } from './near-miss-service';
import { createOutbox, type Clock } from './outbox';
import { openNearMissDb } from './outbox-store';
import { sendOnce } from './deliver';
import { syncCustomHostScripts, type ScriptingApi } from './custom-hosts';
import { readSettings } from './storage';
import type { EndpointConfig, NearMissRecord, TabStatusReply, TestEndpointReply } from './schema';
import type { MessageSender } from './message-router';

interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

export const OUTBOX_ALARM = 'outbox';
/** Chrome 120+ fires alarms at most every 30 s; this is the safety net behind the in-memory timer. */
const ALARM_PERIOD_MINUTES = 0.5;

const realClock: Clock = {
  now: () => Date.now(),
  random: () => Math.random(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const managedArea = (): ManagedArea | undefined => (browser.storage as { managed?: ManagedArea }).managed;

/**
 * The policy's values, read once per worker and re-read when the policy changes. Chromium answers
 * the first `storage.managed.get()` after a browser start only once its policy service is up (about
 * 3 s, measured in the e2e browser); reading it at worker start, not per message, keeps that wait
 * off every later `hello`.
 */
let managedValues: Promise<Record<string, unknown>> | undefined;
const readManagedCached = () => (managedValues ??= readManagedRaw(managedArea()));
export function forgetManagedValues(): void {
  managedValues = undefined;
}

/** The user's settings with the administrator's policy applied. */
export async function readEffectiveSettings(): Promise<ManagedView & { problem?: string }> {
  const [local, managed] = await Promise.all([readSettings(), readManagedCached()]);
  return { ...applyManaged(local.value, managed), ...(local.problem ? { problem: local.problem } : {}) };
}

const tabKey = (tabId: number) => `tab:${tabId}`;

export function startNearMissBackground() {
  const net = {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
    hasPermission: (origin: string) => browser.permissions.contains({ origins: [origin] }),
    isOnline: () => navigator.onLine !== false,
    now: () => Date.now(),
  };

  const ready = (async () => {
    const db = await openNearMissDb(indexedDB);
    const outbox = createOutbox({
      store: db.outbox,
      clock: realClock,
      getEndpoint: () => service.effectiveEndpoint(),
      disableEndpoint: (reason) => service.disableEndpoint(reason),
      send: (item, endpoint, signal) => sendOnce(net, item, endpoint, signal),
    });
    const service = createNearMissService({
      db,
      outbox,
      now: () => Date.now(),
      randomUUID: () => crypto.randomUUID(),
      getSettings: async () => (await readEffectiveSettings()).settings,
      getManagedEndpoint: async () => (await readEffectiveSettings()).endpoint,
      onOutboxChanged: () => void kick(),
      sendTest: (record, endpoint) => sendTest(record, endpoint),
      getTabStatus: async (tabId) => {
        const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as Partial<TabStatusReply> | undefined;
        return { active: stored?.active === true, helpdesk: typeof stored?.helpdesk === 'string' ? stored.helpdesk : null };
      },
    });
    // Attempts a stopped worker left unfinished: resend (JSON) or ask the agent (Slack, Teams).
    await outbox.recover();
    return { db, outbox, service };
  })();

  async function sendTest(record: NearMissRecord, endpoint: EndpointConfig): Promise<TestEndpointReply> {
    const outcome = await sendOnce(net, { key: record.id, record, revision: 0 }, endpoint, AbortSignal.timeout(20_000));
    if (outcome.kind === 'response') return { status: outcome.status, body: outcome.body ?? '' };
    if (outcome.kind === 'redirect') throw new Error('the endpoint answered with a redirect; use its final address');
    throw new Error(outcome.error);
  }

  /** The toolbar badge follows the outbox after every flush (lib/outbox-badge.ts). */
  async function showOutboxBadge(): Promise<void> {
    const action = (browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi }).action ?? (browser as unknown as { browserAction?: BadgeApi }).browserAction;
    if (!action) return;
    const { service } = await ready;
    const badge = outboxBadge(await service.outboxStatus(), Date.now(), {
      attention: (n) => t('badgeAttention', String(n)),
      stale: () => t('badgeStale'),
      idle: () => t('extName'),
    });
    await Promise.all([action.setBadgeText({ text: badge.text }), action.setBadgeBackgroundColor({ color: badge.color }), action.setTitle({ title: badge.title })]);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  async function kick(): Promise<void> {
    try {
      const { outbox } = await ready;
      const { nextWakeAt } = await outbox.flush();
      await showOutboxBadge().catch((error) => console.error('Near Miss: badge update failed', error));
      clearTimeout(timer);
      if (nextWakeAt === null) {
        await browser.alarms.clear(OUTBOX_ALARM);
        return;
      }
      // The timer covers short waits while the worker lives; the alarm wakes a stopped worker.
      timer = setTimeout(() => void kick(), Math.min(Math.max(0, nextWakeAt - Date.now()), 2 ** 31 - 1));
      if (!(await browser.alarms.get(OUTBOX_ALARM))) await browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES });
    } catch (error) {
      console.error('Near Miss: outbox flush failed', error);
    }
  }

  async function syncHosts(): Promise<void> {
    try {
      const { settings } = await readEffectiveSettings();
      await syncCustomHostScripts(browser.scripting as unknown as ScriptingApi, browser.permissions, settings.customHosts);
    } catch (error) {
      console.error('Near Miss: custom host registration failed', error);
    }
  }

  // Listeners first, synchronously.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void kick();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') forgetManagedValues();
    if (area === 'managed' || (area === 'local' && 'settings' in changes)) void syncHosts();
  });
  void readManagedCached();
  browser.permissions.onAdded.addListener(() => {
    void syncHosts();
    void kick(); // a granted endpoint permission unblocks the queue
  });
  browser.permissions.onRemoved.addListener(() => void syncHosts());
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));

  // Then the start-up work: recover, register custom hosts, drain what is due. The alarm is
  // re-created here while anything is pending (alarms may not survive a browser restart).
  void ready.then(() => kick());
  void syncHosts();

  const service = async () => (await ready).service;
  return {
    /** The opened database and service, for the review page's handlers (lib/review-background.ts). */
    ready,
    handlers: {
      logNearMiss: async (data: Parameters<ReturnType<typeof createNearMissService>['logNearMiss']>[0], sender: MessageSender) =>
        (await service()).logNearMiss(data, sender),
      updateNearMiss: async (data: Parameters<ReturnType<typeof createNearMissService>['updateNearMiss']>[0], sender: MessageSender) =>
        (await service()).updateNearMiss(data, sender),
      undoNearMiss: async (data: Parameters<ReturnType<typeof createNearMissService>['undoNearMiss']>[0], sender: MessageSender) =>
        (await service()).undoNearMiss(data, sender),
      listNearMisses: async () => (await service()).listNearMisses(),
      getEndpoint: async () => (await service()).getEndpoint(),
      setEndpoint: async (data: Parameters<ReturnType<typeof createNearMissService>['setEndpoint']>[0]) => (await service()).setEndpoint(data),
      removeEndpoint: async () => (await service()).removeEndpoint(),
      testEndpoint: async () => (await service()).testEndpoint(),
      outboxStatus: async () => (await service()).outboxStatus(),
      outboxAction: async (data: Parameters<ReturnType<typeof createNearMissService>['outboxAction']>[0]) => (await service()).outboxAction(data),
      tabStatus: async (data: { tabId: number }) => (await service()).tabStatus(data),
    },
    /** Remembers what the content script in a tab found (for the toolbar popup). */
    noteTab(sender: MessageSender, status: TabStatusReply): void {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) void browser.storage.session.set({ [tabKey(tabId)]: status });
    },
  };
}

