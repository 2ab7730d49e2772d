import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openNearMissDb, type NearMissDb } from './outbox-store';
import { createReviewService, SYNC_MAX_PAGES, type ReviewDeps } from './review-service';
import { createMessageRouter, type MessageSender } from './message-router';
import { defaultBackoff, type EndpointConfig, type NearMissRecord } from './schema';
import { generateRecords, makeRecord } from '../test/support/records';

// A browser (and the worker) has IDBKeyRange as a global; Node gets fake-indexeddb's for the paging query.
globalThis.IDBKeyRange ??= IDBKeyRange;

let db: NearMissDb;
let blameless: boolean;
let endpoint: EndpointConfig | null;
let cursors: Map<string, string | null>;
let requests: Array<{ url: string; headers: Record<string, string> }>;
let answer: (url: URL) => Response;
let opened: string[];

const jsonEndpoint: EndpointConfig = { url: 'https://hooks.example.com/nm?team=a', format: 'json', authToken: 'tok', signingSecret: null, backoff: defaultBackoff, disabledReason: null };

function service(overrides: Partial<ReviewDeps> = {}) {
  return createReviewService({
    db,
    now: () => Date.UTC(2026, 1, 1, 12),
    blameless: async () => blameless,
    effectiveEndpoint: async () => endpoint,
    fetch: async (input, init) => {
      requests.push({ url: String(input), headers: (init?.headers ?? {}) as Record<string, string> });
      return answer(new URL(String(input)));
    },
    hasPermission: async () => true,
    readCursor: async (url) => cursors.get(url) ?? null,
    writeCursor: async (url, cursor) => void cursors.set(url, cursor),
    openTab: async (url) => void opened.push(url),
    reviewUrl: 'chrome-extension://nearmissid/review.html',
    ...overrides,
  });
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function all(s = service()): Promise<NearMissRecord[]> {
  const out: NearMissRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await s.listReview({ after, limit: 3 });
    out.push(...page.records);
    if (!page.next) return out;
    after = page.next;
  }
}

beforeEach(async () => {
  db = await openNearMissDb(new IDBFactory());
  blameless = true;
  endpoint = jsonEndpoint;
  cursors = new Map();
  requests = [];
  opened = [];
  answer = () => json({ records: [] });
});

describe('importNearMisses', () => {
  it('merges by id without duplicates and reports what happened', async () => {
    const s = service();
    const records = generateRecords(5);
    expect(await s.importNearMisses({ records })).toEqual({ added: 5, updated: 0, unchanged: 0, kept: 0 });
    const edited = { ...records[0]!, revision: 1, recommendedChange: 'newer' };
    const older = { ...records[1]!, updatedAt: '2020-01-01T00:00:00.000Z', changeStatus: 'done' as const };
    expect(await s.importNearMisses({ records: [...records.slice(2), edited, older] })).toEqual({ added: 0, updated: 1, unchanged: 3, kept: 1 });
    const stored = await all(s);
    expect(stored).toHaveLength(5);
    expect(stored.find((r) => r.id === edited.id)).toEqual(edited);
    expect(stored.find((r) => r.id === older.id)).toEqual(records[1]);
  });

  it('gives imported rows no owner tab, and leaves a locally logged row its owner', async () => {
    await db.addRecord({ id: makeRecord().id, record: makeRecord(), ownerTabId: 7 }, null);
    await service().importNearMisses({ records: [makeRecord({ revision: 2 }), makeRecord({ id: '00000000-0000-4000-8000-000000000009' })] });
    expect((await db.getRecord(makeRecord().id))?.ownerTabId).toBe(7);
    expect((await db.getRecord(makeRecord().id))?.record.revision).toBe(2);
    expect((await db.getRecord('00000000-0000-4000-8000-000000000009'))?.ownerTabId).toBeNull();
  });
});

describe('listReview', () => {
  it('pages through history by id and counts the total', async () => {
    const records = generateRecords(7);
    await service().importNearMisses({ records });
    const first = await service().listReview({ after: null, limit: 3 });
    expect(first.total).toBe(7);
    expect(first.records.map((r) => r.id)).toEqual(records.slice(0, 3).map((r) => r.id));
    expect(first.next).toBe(records[2]!.id);
    expect((await all()).map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect((await service().listReview({ after: records[6]!.id, limit: 3 })).records).toEqual([]);
  });

  it('strips agent names in blameless mode only', async () => {
    await service().importNearMisses({ records: [makeRecord({ agentName: 'Dana' })] });
    expect((await service().listReview({ after: null, limit: 10 })).records[0]?.agentName).toBeUndefined();
    blameless = false;
    const page = await service().listReview({ after: null, limit: 10 });
    expect(page).toMatchObject({ blameless: false, records: [{ agentName: 'Dana' }] });
  });
});

describe('updateReview', () => {
  it('saves the lead\'s edits with a later updatedAt, so an old file cannot undo them', async () => {
    const s = service();
    const original = makeRecord({ category: 'systems', factor: 'strategic' });
    await s.importNearMisses({ records: [original] });
    const updated = await s.updateReview({ id: original.id, changeStatus: 'in_progress', outcome: 'lost', recommendedChange: 'Ship streaming export', category: 'process', factor: 'too_slow' });
    expect(updated).toEqual({ ...original, changeStatus: 'in_progress', outcome: 'lost', recommendedChange: 'Ship streaming export', category: 'process', factor: 'too_slow', updatedAt: '2026-02-01T12:00:00.000Z' });
    expect(await s.importNearMisses({ records: [original] })).toEqual({ added: 0, updated: 0, unchanged: 0, kept: 1 });
    expect(await all(s)).toEqual([updated]);
  });

  it('drops a factor that does not belong to a new category, and refuses a mismatched pair', async () => {
    const s = service();
    await s.importNearMisses({ records: [makeRecord({ category: 'systems', factor: 'strategic' })] });
    expect(await s.updateReview({ id: makeRecord().id, category: 'human' })).toMatchObject({ category: 'human', factor: null });
    await expect(s.updateReview({ id: makeRecord().id, category: 'process', factor: 'training' })).rejects.toThrow(/not a process factor/);
    await expect(s.updateReview({ id: '00000000-0000-4000-8000-00000000dead', outcome: 'lost' })).rejects.toThrow('no such near miss');
  });
});

describe('syncReviewEndpoint', () => {
  it('follows `next` with ?since=, sends the bearer token, merges, and remembers the cursor', async () => {
    const records = generateRecords(5);
    answer = (url) => {
      const since = url.searchParams.get('since');
      if (since === null) return json({ records: records.slice(0, 2), next: 'c2' });
      if (since === 'c2') return json({ records: records.slice(2), next: 'c5', extra: 'ignored' });
      return json({ records: [], next: 'c5' });
    };
    const reply = await service().syncReviewEndpoint({ fromStart: false });
    expect(reply).toEqual({ added: 5, updated: 0, unchanged: 0, kept: 0, pages: 3, fetched: 5, invalid: 0, problems: [] });
    expect(requests.map((r) => r.url)).toEqual([
      'https://hooks.example.com/nm?team=a',
      'https://hooks.example.com/nm?team=a&since=c2',
      'https://hooks.example.com/nm?team=a&since=c5',
    ]);
    expect(requests[0]?.headers).toEqual({ accept: 'application/json', authorization: 'Bearer tok' });
    expect(cursors.get(jsonEndpoint.url)).toBe('c5');
    requests = [];
    expect(await service().syncReviewEndpoint({ fromStart: false })).toMatchObject({ pages: 1, fetched: 0 });
    expect(requests.map((r) => r.url)).toEqual(['https://hooks.example.com/nm?team=a&since=c5']);
  });

  it('keeps valid records of a page and reports the invalid ones', async () => {
    answer = () => json({ records: [makeRecord(), { id: 'nope' }, makeRecord({ id: '00000000-0000-4000-8000-000000000002', ticketUrl: 'javascript:x' })] });
    const reply = await service().syncReviewEndpoint({ fromStart: true });
    expect(reply).toMatchObject({ added: 1, invalid: 2, fetched: 3 });
    expect(reply.problems[1]).toBe('page 1, record 3: ticketUrl: must be an https:// address (http:// only for localhost or 127.0.0.1)');
    expect(cursors.size).toBe(0);
  });

  it('stops after SYNC_MAX_PAGES when the endpoint never ends', async () => {
    let n = 0;
    answer = () => json({ records: [makeRecord()], next: `c${++n}` });
    expect((await service().syncReviewEndpoint({ fromStart: true })).pages).toBe(SYNC_MAX_PAGES);
  });

  it('explains each way it can fail', async () => {
    answer = () => new Response('nope', { status: 405 });
    await expect(service().syncReviewEndpoint({ fromStart: true })).rejects.toThrow('the endpoint does not offer a list of near misses (HTTP 405); see "Review endpoint contract" in the README');
    answer = () => new Response('<html>', { status: 200 });
    await expect(service().syncReviewEndpoint({ fromStart: true })).rejects.toThrow("the endpoint's list is not JSON");
    answer = () => json({ rows: [] });
    await expect(service().syncReviewEndpoint({ fromStart: true })).rejects.toThrow(/is not \{ records, next\? \}: records: /);
    answer = () => new Response('', { status: 302, headers: { location: 'https://elsewhere.example' } });
    await expect(service().syncReviewEndpoint({ fromStart: true })).rejects.toThrow(/redirect/);
    await expect(service({ hasPermission: async () => false }).syncReviewEndpoint({ fromStart: true })).rejects.toThrow(/not allowed yet/);
    endpoint = { ...jsonEndpoint, format: 'slack' };
    await expect(service().syncReviewEndpoint({ fromStart: true })).rejects.toThrow('a Slack webhook offers no list of near misses');
    endpoint = null;
    await expect(service().syncReviewEndpoint({ fromStart: true })).rejects.toThrow('no endpoint is configured');
  });
});

describe('through the router', () => {
  const identity = { extensionId: 'nearmissid', extensionBaseUrl: 'chrome-extension://nearmissid/' };
  const reviewPage = { id: 'nearmissid', url: 'chrome-extension://nearmissid/review.html', origin: 'chrome-extension://nearmissid' } as MessageSender;
  const contentScript = { id: 'nearmissid', tab: { id: 3 }, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/1', origin: 'https://acme.zendesk.com' } as MessageSender;

  function route() {
    const s = service();
    const handlers = new Proxy(s, { get: (target, name) => (target as Record<string | symbol, unknown>)[name] ?? (() => { throw new Error('not under test'); }) });
    return createMessageRouter(handlers as never, identity);
  }

  it('refuses review messages from content scripts, and a record that fails the schema', async () => {
    const r = route();
    expect(await r({ name: 'importNearMisses', data: { records: [makeRecord()] } }, contentScript)).toEqual({ ok: false, error: '"importNearMisses" is not accepted from this sender' });
    expect(await r({ name: 'updateReview', data: { id: makeRecord().id, changeStatus: 'done' } }, contentScript)).toEqual({ ok: false, error: '"updateReview" is not accepted from this sender' });
    const bad = await r({ name: 'importNearMisses', data: { records: [{ ...makeRecord(), ticketUrl: 'javascript:alert(1)' }] } }, reviewPage);
    expect(bad).toEqual({ ok: false, error: 'malformed "importNearMisses": records.0.ticketUrl: must be an https:// address (http:// only for localhost or 127.0.0.1)' });
    expect(await r({ name: 'updateReview', data: { id: makeRecord().id, agentName: 'x' } }, reviewPage)).toMatchObject({ ok: false });
  });

  it('lets the sidebar open the review page, and nothing else', async () => {
    const r = route();
    expect(await r({ name: 'openReview', data: {} }, contentScript)).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['chrome-extension://nearmissid/review.html']);
    expect(await r({ name: 'listReview', data: { after: null, limit: 10 } }, contentScript)).toMatchObject({ ok: false });
  });
});
