import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { createMessageRouter, type MessageHandlers, type MessageSender } from './message-router';
import { messageSenders } from './messages';
import { createNearMissService, SETTLE_MS, UNDO_WINDOW_MS, type ServiceDeps } from './near-miss-service';
import { openNearMissDb, type NearMissDb } from './outbox-store';
import { createOutbox, type Clock } from './outbox';
import { defaultBackoff, defaultSettings, messageSchemas, type MessageName, type NearMissDraft, type Settings } from './schema';

const identity = { extensionId: 'nearmissid', extensionBaseUrl: 'chrome-extension://nearmissid/' };
const tab = (id: number) => ({ id, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1, frozen: false, discarded: false, autoDiscardable: true, groupId: -1 });
const contentIn = (tabId: number): MessageSender =>
  ({ id: 'nearmissid', tab: tab(tabId), frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/1042', origin: 'https://acme.zendesk.com' }) as MessageSender;
const optionsPage = { id: 'nearmissid', url: 'chrome-extension://nearmissid/options.html', origin: 'chrome-extension://nearmissid' } as MessageSender;

const draft = (extra: Partial<NearMissDraft> = {}): NearMissDraft & { id: string } => ({
  id: '3f1c2a7e-9d4b-4c1a-8e2f-5a6b7c8d9e0f',
  helpdesk: 'zendesk',
  ticketId: '1042',
  ticketUrl: 'https://acme.zendesk.com/agent/tickets/1042',
  channel: 'email',
  signal: 'great_but',
  confidence: 0.9,
  evidence: [{ quote: 'Love it, but mail me at jane@example.com about the export', messageId: 'c1' }],
  detectorVersion: '1.0.0',
  ...extra,
});

let db: NearMissDb;
let now: number;
let settings: Settings;
let flushes: number;

async function makeService(overrides: Partial<ServiceDeps> = {}) {
  const clock: Clock = { now: () => now, random: () => 0.5, setTimeout: () => () => {}, sleep: async () => {} };
  let service!: ReturnType<typeof createNearMissService>;
  const outbox = createOutbox({
    store: db.outbox,
    clock,
    getEndpoint: () => service.effectiveEndpoint(),
    disableEndpoint: (reason) => service.disableEndpoint(reason),
    send: async () => ({ kind: 'response', status: 200, retryAfter: null }),
  });
  let uuid = 0;
  service = createNearMissService({
    db,
    outbox,
    now: () => now,
    randomUUID: () => `00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}`,
    getSettings: async () => settings,
    getManagedEndpoint: async () => null,
    onOutboxChanged: () => void flushes++,
    sendTest: async () => ({ status: 200, body: 'ok' }),
    getTabStatus: async () => ({ active: false, helpdesk: null }),
    ...overrides,
  });
  return { service, outbox };
}

const withEndpoint = (format: 'json' | 'slack' = 'json') =>
  db.setEndpoint({ url: 'https://hooks.example.com/nm', format, authToken: 'tok', signingSecret: null, backoff: defaultBackoff, disabledReason: null });

beforeEach(async () => {
  db = await openNearMissDb(new IDBFactory());
  now = Date.UTC(2026, 0, 5, 9, 0, 0);
  settings = defaultSettings;
  flushes = 0;
});

describe('logNearMiss', () => {
  it('keeps the record in local history only when no endpoint is configured', async () => {
    const { service } = await makeService();
    expect(await service.logNearMiss(draft(), contentIn(7))).toEqual({ id: draft().id, undoUntil: now + UNDO_WINDOW_MS });
    const [record] = await service.listNearMisses();
    expect(record).toMatchObject({ schemaVersion: 1, id: draft().id, revision: 0, createdAt: '2026-01-05T09:00:00.000Z', outcome: 'pending', changeStatus: 'open', category: null });
    expect(record?.agentName).toBeUndefined();
    expect(await db.countByState()).toEqual({ pending: 0, in_flight: 0, delivered: 0, failed: 0, needs_confirmation: 0 });
    expect(flushes).toBe(0);
  });

  it('stores the record and a redacted outbox item held for the undo window', async () => {
    await withEndpoint();
    const { service } = await makeService();
    await service.logNearMiss(draft(), contentIn(7));
    const [item] = await db.outbox.listByState('pending');
    expect(item).toMatchObject({ key: draft().id, recordId: draft().id, revision: 0, attempts: 0, notBefore: now + UNDO_WINDOW_MS });
    expect(item?.record.evidence[0]?.quote).toBe('Love it, but mail me at [email] about the export');
    // Local history keeps the agent's own words.
    expect((await service.listNearMisses())[0]?.evidence[0]?.quote).toContain('jane@example.com');
    expect(flushes).toBe(1);
  });

  it('adds the agent name only when blameless mode is off', async () => {
    settings = { ...defaultSettings, blameless: false, agentName: 'Sam' };
    const { service } = await makeService();
    await service.logNearMiss(draft(), contentIn(7));
    expect((await service.listNearMisses())[0]?.agentName).toBe('Sam');
  });

  it('is idempotent for the same tab resending its message, and refuses the id to another tab', async () => {
    const { service } = await makeService();
    await service.logNearMiss(draft(), contentIn(7));
    expect(await service.logNearMiss(draft(), contentIn(7))).toEqual({ id: draft().id, undoUntil: now + UNDO_WINDOW_MS });
    await expect(service.logNearMiss(draft(), contentIn(8))).rejects.toThrow('already in use');
    expect(await service.listNearMisses()).toHaveLength(1);
  });

  it('reports a full storage as an error (so the sidebar keeps its form)', async () => {
    const { service } = await makeService();
    const full = Object.create(db) as NearMissDb;
    full.addRecord = async () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const { service: fullService } = await makeService({ db: full });
    await expect(fullService.logNearMiss(draft(), contentIn(7))).rejects.toThrow(/^Storage is full: this near miss was NOT saved/);
    expect(await service.listNearMisses()).toEqual([]);
  });
});

describe('undoNearMiss', () => {
  it('removes the record and its outbox item within the window, only from the logging tab', async () => {
    await withEndpoint();
    const { service } = await makeService();
    await service.logNearMiss(draft(), contentIn(7));
    await expect(service.undoNearMiss({ id: draft().id }, contentIn(8))).rejects.toThrow('only the tab that logged');
    now += UNDO_WINDOW_MS - 1;
    expect(await service.undoNearMiss({ id: draft().id }, contentIn(7))).toEqual({ id: draft().id });
    expect(await service.listNearMisses()).toEqual([]);
    expect(await db.outbox.listByState('pending')).toEqual([]);
  });

  it('refuses after the window (delivery may have started)', async () => {
    await withEndpoint();
    const { service } = await makeService();
    await service.logNearMiss(draft(), contentIn(7));
    now += UNDO_WINDOW_MS;
    await expect(service.undoNearMiss({ id: draft().id }, contentIn(7))).rejects.toThrow('too late to undo');
    expect(await service.listNearMisses()).toHaveLength(1);
  });
});

describe('updateNearMiss and idempotency keys', () => {
  it('rewrites the not-yet-sent item in place (same key) and holds it to settle', async () => {
    await withEndpoint();
    const { service } = await makeService();
    await service.logNearMiss(draft(), contentIn(7));
    now += 9_000;
    expect(await service.updateNearMiss({ id: draft().id, fields: { category: 'process', factor: 'too_slow', contributed: 'call me on 555 123 4567' } }, contentIn(7))).toEqual({ id: draft().id, revision: 0 });
    const items = await db.outbox.listByState('pending');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ key: draft().id, notBefore: now + SETTLE_MS, record: { category: 'process', factor: 'too_slow', contributed: 'call me on [phone]' } });
  });

  it('sends an edit after delivery as a new revision with key <id>.<revision>', async () => {
    await withEndpoint();
    const { service, outbox } = await makeService();
    await service.logNearMiss(draft(), contentIn(7));
    now += UNDO_WINDOW_MS;
    await outbox.flush();
    expect((await db.countByState()).delivered).toBe(1);
    expect(await service.updateNearMiss({ id: draft().id, fields: { outcome: 'recovered' } }, contentIn(7))).toEqual({ id: draft().id, revision: 1 });
    expect(await service.updateNearMiss({ id: draft().id, fields: { segment: 'key_account' } }, contentIn(7))).toEqual({ id: draft().id, revision: 1 });
    const [pending] = await db.outbox.listByState('pending');
    expect(pending).toMatchObject({ key: `${draft().id}.1`, revision: 1, record: { revision: 1, outcome: 'recovered', segment: 'key_account' } });
    // The delivered item (and so the body that travelled under the plain key) is untouched.
    const [delivered] = await db.outbox.listByState('delivered');
    expect(delivered?.record).toMatchObject({ revision: 0, outcome: 'pending', segment: null });
  });

  it('refuses an inconsistent category/factor and edits from another tab', async () => {
    const { service } = await makeService();
    await service.logNearMiss(draft({ category: 'systems' }), contentIn(7));
    await expect(service.updateNearMiss({ id: draft().id, fields: { factor: 'too_slow' } }, contentIn(7))).rejects.toThrow('not a systems factor');
    await expect(service.updateNearMiss({ id: draft().id, fields: { outcome: 'lost' } }, contentIn(9))).rejects.toThrow('only the tab that logged');
    expect((await service.listNearMisses())[0]).toMatchObject({ factor: null, outcome: 'pending' });
  });
});

describe('endpoint and secrets', () => {
  it('never returns a secret, keeps stored secrets on save unless cleared', async () => {
    const { service } = await makeService();
    const view = await service.setEndpoint({ url: 'https://hooks.example.com/nm', format: 'json', authToken: 'tok_secret', signingSecret: 'whsec_' + btoa('0123456789abcdef01234567') });
    expect(view).toEqual({ url: 'https://hooks.example.com/nm', format: 'json', hasAuthToken: true, hasSigningSecret: true, backoff: defaultBackoff, disabledReason: null, locked: [] });
    expect(JSON.stringify(view)).not.toContain('tok_secret');
    await service.setEndpoint({ url: 'https://hooks.example.com/nm2', format: 'json', signingSecret: null });
    expect(await db.getEndpoint()).toMatchObject({ url: 'https://hooks.example.com/nm2', authToken: 'tok_secret', signingSecret: null });
  });
});

describe('the router with the real handlers, under 10,000 malformed messages', () => {
  it('never crashes, always answers ok:false, and writes nothing', async () => {
    const { service } = await makeService();
    let writes = 0;
    const counting: NearMissDb = Object.create(db);
    counting.addRecord = async (...args) => (writes++, db.addRecord(...args));
    counting.setEndpoint = async (...args) => (writes++, db.setEndpoint(...args));
    counting.editRecord = async (...args) => (writes++, db.editRecord(...args));
    const { service: svc } = await makeService({ db: counting });
    const noop = async () => {
      throw new Error('not under test');
    };
    const handlers = {
      hello: noop,
      status: noop,
      getTicketState: noop,
      saveTicketState: noop,
      pauseSidebar: noop,
      logNearMiss: svc.logNearMiss,
      updateNearMiss: svc.updateNearMiss,
      undoNearMiss: svc.undoNearMiss,
      listNearMisses: svc.listNearMisses,
      getEndpoint: svc.getEndpoint,
      setEndpoint: svc.setEndpoint,
      removeEndpoint: svc.removeEndpoint,
      testEndpoint: svc.testEndpoint,
      outboxStatus: svc.outboxStatus,
      outboxAction: svc.outboxAction,
      tabStatus: svc.tabStatus,
    } as unknown as MessageHandlers;
    // Every name this test covers must be a real message (a renamed message would hide here).
    for (const name of Object.keys(handlers)) expect(Object.keys(messageSchemas)).toContain(name);
    const route = createMessageRouter(handlers, identity);

    const names = Object.keys(messageSchemas) as MessageName[];
    const configNames = names.filter((name) => messageSenders[name] === 'extension');
    const validDraft = draft();
    const malformed = fc.oneof(
      // Anything at all.
      fc.anything(),
      // A real name with arbitrary data.
      fc.record({ name: fc.constantFrom(...names.filter((n) => n.endsWith('NearMiss'))), data: fc.anything() }),
      // A content script trying every config message with plausible data: refused by sender.
      fc.record({
        name: fc.constantFrom(...configNames),
        data: fc.constantFrom({}, { url: 'https://evil.example/', format: 'json' }, { tabId: 1 }, { key: 'k', action: 'resend' }),
      }),
      // A valid draft plus one unknown key (strict schemas refuse it).
      fc
        .tuple(fc.string({ minLength: 1 }).filter((k) => !(k in validDraft) && !['correction', 'category', 'factor', 'contributed', 'recommendedChange', 'segment', 'checklist', 'outcome', '__proto__'].includes(k)), fc.anything())
        .map(([key, value]) => ({ name: 'logNearMiss', data: { ...validDraft, [key]: value } })),
      // A valid draft with a required key removed.
      fc.constantFrom(...Object.keys(validDraft).filter((k) => k !== 'id')).map((key) => {
        const data: Record<string, unknown> = { ...validDraft };
        delete data[key];
        return { name: 'logNearMiss', data };
      }),
      // Out-of-bounds values.
      fc.oneof(
        fc.constant({ name: 'logNearMiss', data: { ...validDraft, evidence: [{ quote: 'x'.repeat(8193) }] } }),
        fc.constant({ name: 'logNearMiss', data: { ...validDraft, ticketUrl: 'javascript:alert(1)' } }),
        fc.constant({ name: 'logNearMiss', data: { ...validDraft, ticketUrl: 'http://acme.zendesk.com/agent/tickets/1' } }),
        fc.double().filter((n) => !(n >= 0 && n <= 1)).map((confidence) => ({ name: 'logNearMiss', data: { ...validDraft, confidence } })),
        fc.string().filter((s) => !/^[0-9a-f]{8}-/.test(s)).map((id) => ({ name: 'undoNearMiss', data: { id } })),
        fc.constant({ name: 'updateNearMiss', data: { id: validDraft.id, fields: { changeStatus: 'done' } } }),
        fc.constant({ name: 'updateNearMiss', data: { id: validDraft.id, fields: { contributed: 'x'.repeat(4097) } } }),
      ),
    );
    let count = 0;
    await fc.assert(
      fc.asyncProperty(malformed, async (message) => {
        count++;
        const reply = await route(message, contentIn(7));
        return reply.ok === false && typeof reply.error === 'string';
      }),
      { numRuns: 10_000 },
    );
    expect(count).toBe(10_000);
    expect(writes).toBe(0);
    expect(await service.listNearMisses()).toEqual([]);
    expect(await db.getEndpoint()).toBeNull();
  }, 120_000);

  it('accepts the same message from the right sender (so the fuzz above is not vacuous)', async () => {
    const { service } = await makeService();
    const route = createMessageRouter({ logNearMiss: service.logNearMiss, getEndpoint: service.getEndpoint } as unknown as MessageHandlers, identity);
    expect(await route({ name: 'logNearMiss', data: draft() }, contentIn(7))).toEqual({ ok: true, value: { id: draft().id, undoUntil: now + UNDO_WINDOW_MS } });
    expect(await route({ name: 'getEndpoint', data: {} }, contentIn(7))).toEqual({ ok: false, error: '"getEndpoint" is not accepted from this sender' });
    expect(await route({ name: 'getEndpoint', data: {} }, optionsPage)).toEqual({ ok: true, value: null });
  });
});
