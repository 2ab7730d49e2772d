import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  backoffDelay,
  classify,
  createOutbox,
  parseRetryAfter,
  retryDelay,
  RETRY_AFTER_CAP_MS,
  type AttemptOutcome,
  type Clock,
  type OutboxMeta,
  type OutboxStore,
  type SendOutcome,
} from './outbox';
import { defaultBackoff, type EndpointConfig, type EndpointFormat, type NearMissRecord, type OutboxItem } from './schema';
import { makeRecord } from '../test/support/records';

// ---------------------------------------------------------------------------------------------
// Test doubles: an in-memory store, a clock the test moves, a scripted network.

function memoryStore() {
  const items = new Map<string, OutboxItem>();
  const meta: OutboxMeta = { lastSuccessAt: null, lastError: null };
  const store: OutboxStore = {
    listByState: async (state) => [...items.values()].filter((item) => item.state === state).map((item) => structuredClone(item)),
    get: async (key) => structuredClone(items.get(key)),
    update: async (key, change) => {
      const current = items.get(key);
      if (!current) return undefined;
      const next = change(structuredClone(current));
      if (next) items.set(key, next);
      return structuredClone(items.get(key));
    },
    getMeta: async () => ({ ...meta }),
    setMeta: async (patch) => void Object.assign(meta, patch),
  };
  return { store, items, meta };
}

function fakeClock(start = Date.UTC(2026, 0, 5, 9, 0, 0), random = () => 0.5) {
  const timers: Array<{ at: number; fn: () => void; cancelled: boolean; ms: number }> = [];
  const clock: Clock & { t: number; timers: typeof timers } = {
    t: start,
    timers,
    now: () => clock.t,
    random,
    setTimeout(fn, ms) {
      const timer = { at: clock.t + ms, fn, cancelled: false, ms };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    sleep: async (ms) => {
      clock.t += ms;
    },
  };
  return clock;
}

const record = (n: number): NearMissRecord =>
  makeRecord({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    ticketId: String(1000 + n),
    ticketUrl: `https://acme.zendesk.com/agent/tickets/${1000 + n}`,
    evidence: [{ quote: 'Love it, but the export keeps timing out' }],
    category: null,
    factor: null,
    contributed: '',
    recommendedChange: '',
    segment: null,
    checklist: { done: [], total: 4 },
    outcome: 'pending',
  });

const item = (n: number, at: number, extra: Partial<OutboxItem> = {}): OutboxItem => ({
  key: record(n).id,
  recordId: record(n).id,
  revision: 0,
  record: record(n),
  state: 'pending',
  attempts: 0,
  createdAt: at + n,
  notBefore: at,
  nextAttemptAt: at,
  inFlight: null,
  lastError: null,
  lastStatus: null,
  deliveredAt: null,
  ...extra,
});

const endpointOf = (format: EndpointFormat = 'json'): EndpointConfig => ({
  url: 'https://hooks.example.com/near-miss',
  format,
  authToken: null,
  signingSecret: null,
  backoff: defaultBackoff,
  disabledReason: null,
});

function setup(options: { format?: EndpointFormat; items?: OutboxItem[]; send?: (item: OutboxItem, signal: AbortSignal) => Promise<SendOutcome>; random?: () => number } = {}) {
  const clock = fakeClock(undefined, options.random);
  const { store, items, meta } = memoryStore();
  for (const it of options.items ?? []) items.set(it.key, it);
  let endpoint: EndpointConfig | null = endpointOf(options.format);
  const sent: string[] = [];
  const outbox = createOutbox({
    store,
    clock,
    getEndpoint: async () => endpoint,
    disableEndpoint: async (reason) => {
      if (endpoint) endpoint = { ...endpoint, disabledReason: reason };
    },
    send: async (it, _endpoint, signal) => {
      sent.push(it.key);
      return options.send ? options.send(it, signal) : { kind: 'response', status: 200, retryAfter: null };
    },
  });
  return { clock, items, meta, outbox, sent, endpoint: () => endpoint, setEndpoint: (e: EndpointConfig | null) => (endpoint = e) };
}

const response = (status: number, retryAfter: string | null = null): SendOutcome => ({ kind: 'response', status, retryAfter });

// ---------------------------------------------------------------------------------------------

describe('classify: the status-code table', () => {
  const now = Date.UTC(2026, 0, 5, 9, 0, 0);
  const rows: Array<[string, AttemptOutcome, EndpointFormat, string]> = [
    ['200', response(200), 'json', 'delivered'],
    ['201', response(201), 'json', 'delivered'],
    ['202', response(202), 'slack', 'delivered'],
    ['204', response(204), 'teams', 'delivered'],
    ['408 Request Timeout', response(408), 'json', 'retry'],
    ['425 Too Early', response(425), 'json', 'retry'],
    ['429 Too Many Requests', response(429), 'slack', 'retry'],
    ['500', response(500), 'json', 'retry'],
    ['502', response(502), 'teams', 'retry'],
    ['503', response(503), 'json', 'retry'],
    ['504', response(504), 'json', 'retry'],
    ['599', response(599), 'json', 'retry'],
    ['409 from the JSON webhook (key still processing)', response(409), 'json', 'retry'],
    ['409 from Slack', response(409), 'slack', 'failed'],
    ['400', response(400), 'json', 'failed'],
    ['401', response(401), 'json', 'failed'],
    ['403', response(403), 'slack', 'failed'],
    ['404', response(404), 'teams', 'failed'],
    ['413', response(413), 'json', 'failed'],
    ['422', response(422), 'json', 'failed'],
    ['410 Gone', response(410), 'json', 'gone'],
    ['410 Gone from Slack', response(410), 'slack', 'gone'],
    ['301 status', response(301), 'json', 'failed'],
    ['308 status', response(308), 'json', 'failed'],
    ['redirect (opaque)', { kind: 'redirect' }, 'json', 'failed'],
    ['timeout, JSON', { kind: 'timeout' }, 'json', 'retry'],
    ['timeout, Slack', { kind: 'timeout' }, 'slack', 'needs_confirmation'],
    ['timeout, Teams', { kind: 'timeout' }, 'teams', 'needs_confirmation'],
    ['network error, JSON', { kind: 'network', error: 'TypeError', maybeSent: true }, 'json', 'retry'],
    ['connection reset, Slack', { kind: 'network', error: 'TypeError', maybeSent: true }, 'slack', 'needs_confirmation'],
    ['connection reset, Teams', { kind: 'network', error: 'TypeError', maybeSent: true }, 'teams', 'needs_confirmation'],
    ['offline (never sent), Slack', { kind: 'network', error: 'TypeError', maybeSent: false }, 'slack', 'retry'],
    ['no permission (blocked)', { kind: 'blocked', error: 'not allowed' }, 'slack', 'retry'],
  ];
  it.each(rows.map(([name, outcome, format, expected]) => [`${name} (${format}) → ${expected}`, outcome, format, expected] as const))('%s', (_name, outcome, format, expected) => {
    expect(classify(outcome, format, now).next).toBe(expected);
  });

  it('a blocked send does not count as an attempt; a real failure does', () => {
    expect(classify({ kind: 'blocked', error: 'x' }, 'json', now)).toMatchObject({ next: 'retry', counted: false });
    expect(classify(response(503), 'json', now)).toMatchObject({ next: 'retry', counted: true });
  });

  it('passes Retry-After along with a retry', () => {
    expect(classify(response(429, '120'), 'json', now)).toMatchObject({ next: 'retry', retryAfterMs: 120_000 });
    expect(classify(response(503, 'Mon, 05 Jan 2026 09:05:00 GMT'), 'json', now)).toMatchObject({ next: 'retry', retryAfterMs: 300_000 });
  });
});

describe('backoff and Retry-After', () => {
  it('keeps every delay within [0.5, 1]·min(cap, base·2^n) (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 100, max: 600_000 }),
        fc.integer({ min: 100, max: 3_600_000 }),
        (n, u, baseMs, capRaw) => {
          const capMs = Math.max(baseMs, capRaw);
          const ceiling = Math.min(capMs, baseMs * 2 ** n);
          const delay = backoffDelay(n, { baseMs, capMs }, () => u);
          return delay >= 0.5 * ceiling && delay <= ceiling;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('uses base 10 s and cap 15 min by default', () => {
    expect(backoffDelay(0, defaultBackoff, () => 0)).toBe(5_000);
    expect(backoffDelay(0, defaultBackoff, () => 0.999999)).toBeCloseTo(10_000, 0);
    expect(backoffDelay(3, defaultBackoff, () => 0)).toBe(40_000);
    expect(backoffDelay(20, defaultBackoff, () => 0)).toBe(450_000);
    expect(backoffDelay(20, defaultBackoff, () => 0.999999)).toBeCloseTo(900_000, -1);
  });

  it('reads Retry-After as seconds or an HTTP-date, and nothing else', () => {
    const now = Date.UTC(2026, 0, 5, 9, 0, 0);
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Mon, 05 Jan 2026 09:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Mon, 05 Jan 2026 08:00:00 GMT', now)).toBe(0); // in the past
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });

  it('lets the larger of backoff and Retry-After win, capped at 1 h', () => {
    const half = () => 0; // jitter factor 0.5
    expect(retryDelay(0, defaultBackoff, half, 120_000)).toBe(120_000); // Retry-After larger
    expect(retryDelay(4, defaultBackoff, half, 1_000)).toBe(80_000); // backoff larger
    expect(retryDelay(0, defaultBackoff, half, 86_400_000)).toBe(RETRY_AFTER_CAP_MS); // a day → 1 h
    expect(retryDelay(0, defaultBackoff, half, null)).toBe(5_000);
  });
});

describe('createOutbox', () => {
  it('delivers due items oldest first and marks them delivered', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const { outbox, items, sent, meta, clock } = setup({ items: [item(2, t0), item(1, t0)] });
    const result = await outbox.flush();
    expect(sent).toEqual([record(1).id, record(2).id]);
    expect([...items.values()].map((i) => [i.state, i.attempts, i.deliveredAt])).toEqual([
      ['delivered', 1, clock.t],
      ['delivered', 1, clock.t],
    ]);
    expect(meta.lastSuccessAt).toBe(clock.t);
    expect(result).toEqual({ attempted: 2, nextWakeAt: null });
  });

  it('holds an item until notBefore (the undo window)', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const { outbox, sent, clock } = setup({ items: [item(1, t0, { notBefore: t0 + 10_000 })] });
    expect(await outbox.flush()).toEqual({ attempted: 0, nextWakeAt: t0 + 10_000 });
    expect(sent).toEqual([]);
    clock.t = t0 + 10_000;
    await outbox.flush();
    expect(sent).toEqual([record(1).id]);
  });

  it('persists in_flight with an attempt id before the request starts', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    let seen: OutboxItem | undefined;
    const ctx = setup({
      items: [item(1, t0)],
      send: async (it) => {
        seen = structuredClone(ctx.items.get(it.key));
        return response(200);
      },
    });
    await ctx.outbox.flush();
    expect(seen).toMatchObject({ state: 'in_flight', attempts: 1, inFlight: { format: 'json', startedAt: t0 } });
    expect(ctx.items.get(record(1).id)).toMatchObject({ state: 'delivered', inFlight: null });
  });

  it('retries 503 with backoff, honours Retry-After on 429, then delivers', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const script = [response(503), response(429, '120'), response(200)];
    const ctx = setup({ items: [item(1, t0)], send: async () => script.shift()! });
    const key = record(1).id;

    await ctx.outbox.flush();
    expect(ctx.items.get(key)).toMatchObject({ state: 'pending', attempts: 1, lastStatus: 503, lastError: 'HTTP 503', nextAttemptAt: t0 + 7_500 });

    ctx.clock.t = t0 + 7_499;
    await ctx.outbox.flush();
    expect(ctx.sent).toHaveLength(1); // not before its time

    ctx.clock.t = t0 + 7_500;
    await ctx.outbox.flush();
    // n = 1: backoff 10 s × 0.75 = 15 s < Retry-After 120 s.
    expect(ctx.items.get(key)).toMatchObject({ state: 'pending', attempts: 2, lastStatus: 429, nextAttemptAt: t0 + 7_500 + 120_000 });

    ctx.clock.t = t0 + 127_500;
    await ctx.outbox.flush();
    expect(ctx.items.get(key)).toMatchObject({ state: 'delivered', attempts: 3 });
    expect(ctx.sent).toEqual([key, key, key]);
  });

  it('keeps other 4xx as failed (shown, not retried, not deleted)', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const ctx = setup({ items: [item(1, t0)], send: async () => response(422) });
    await ctx.outbox.flush();
    ctx.clock.t += 86_400_000;
    await ctx.outbox.flush();
    expect(ctx.sent).toHaveLength(1);
    expect(ctx.items.get(record(1).id)).toMatchObject({ state: 'failed', lastError: 'HTTP 422' });
    expect(ctx.meta.lastError).toBe('ticket 1001: HTTP 422');
  });

  it('410 disables the endpoint: that item fails, the rest stay pending until it is saved again', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const ctx = setup({ items: [item(1, t0), item(2, t0), item(3, t0)], send: async () => response(410) });
    await ctx.outbox.flush();
    expect(ctx.sent).toEqual([record(1).id]);
    expect(ctx.endpoint()?.disabledReason).toMatch(/410/);
    expect([...ctx.items.values()].map((i) => i.state).sort()).toEqual(['failed', 'pending', 'pending']);
    ctx.clock.t += 3_600_000;
    await ctx.outbox.flush();
    expect(ctx.sent).toHaveLength(1);
  });

  it('aborts a request after 20 s: JSON retries, Slack asks the agent', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    for (const [format, expected] of [['json', 'pending'], ['slack', 'needs_confirmation']] as const) {
      let aborted = false;
      const ctx = setup({
        format,
        items: [item(1, t0)],
        send: (_it, signal) =>
          new Promise<SendOutcome>(() => {
            signal.addEventListener('abort', () => (aborted = true));
          }),
      });
      const flushing = ctx.outbox.flush();
      await expect.poll(() => ctx.clock.timers.length).toBe(1);
      const timer = ctx.clock.timers[0]!;
      expect(timer.ms).toBe(20_000);
      ctx.clock.t = timer.at;
      timer.fn();
      await flushing;
      expect(aborted).toBe(true);
      expect(ctx.items.get(record(1).id)).toMatchObject({ state: expected, attempts: 1 });
    }
  });

  it('parks a Slack connection reset for confirmation and never resends it by itself', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const ctx = setup({ format: 'slack', items: [item(1, t0)], send: async () => ({ kind: 'network', error: 'TypeError', maybeSent: true }) });
    await ctx.outbox.flush();
    for (let day = 0; day < 30; day++) {
      ctx.clock.t += 86_400_000;
      await ctx.outbox.flush();
    }
    expect(ctx.sent).toHaveLength(1);
    expect(ctx.items.get(record(1).id)).toMatchObject({ state: 'needs_confirmation', lastError: expect.stringMatching(/may or may not/) });
    // The agent decides to resend: exactly one more request.
    expect(await ctx.outbox.resend(record(1).id)).toBe(true);
    await ctx.outbox.flush();
    expect(ctx.sent).toHaveLength(2);
  });

  it('resend and mark delivered only act on failed / needs_confirmation items', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const ctx = setup({
      items: [item(1, t0, { state: 'needs_confirmation' }), item(2, t0, { state: 'failed' }), item(3, t0, { state: 'pending', notBefore: t0 + 1e9 })],
    });
    expect(await ctx.outbox.markDelivered(record(1).id)).toBe(true);
    expect(await ctx.outbox.resend(record(2).id)).toBe(true);
    expect(await ctx.outbox.resend(record(3).id)).toBe(false);
    expect(await ctx.outbox.markDelivered(record(3).id)).toBe(false);
    await ctx.outbox.flush();
    expect(ctx.sent).toEqual([record(2).id]);
    expect(ctx.items.get(record(1).id)?.state).toBe('delivered');
  });

  it('never expires anything: 30 days of 503s keep the item pending and retrying', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const ctx = setup({ items: [item(1, t0)], send: async () => response(503) });
    for (let i = 0; i < 30 * 96; i++) {
      await ctx.outbox.flush();
      ctx.clock.t += 15 * 60_000;
    }
    const stored = ctx.items.get(record(1).id)!;
    expect(stored.state).toBe('pending');
    expect(stored.attempts).toBeGreaterThan(2000);
    expect(ctx.items.size).toBe(1);
  });

  it('is single-flight: 50 concurrent triggers give one request per item and never two at once', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    let inFlight = 0;
    let maxInFlight = 0;
    const ctx = setup({
      items: Array.from({ length: 10 }, (_, i) => item(i, t0)),
      send: async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        return response(200);
      },
    });
    await Promise.all(Array.from({ length: 50 }, () => ctx.outbox.flush()));
    expect(maxInFlight).toBe(1);
    expect(ctx.sent).toHaveLength(10);
    expect(new Set(ctx.sent).size).toBe(10);
  });

  it('a trigger during a flush picks up what was enqueued meanwhile', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const ctx = setup({ items: [item(1, t0)] });
    const first = ctx.outbox.flush();
    ctx.items.set(record(2).id, item(2, t0));
    const second = ctx.outbox.flush();
    expect(second).toBe(first);
    await first;
    expect(ctx.sent).toEqual([record(1).id, record(2).id]);
  });

  it('recovers after a restart: in_flight → pending (JSON) or needs_confirmation (Slack/Teams)', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const inFlight = (format: EndpointFormat) => ({ state: 'in_flight' as const, attempts: 1, inFlight: { attemptId: 'a1', startedAt: t0, format } });
    const ctx = setup({ items: [item(1, t0, inFlight('json')), item(2, t0, inFlight('slack')), item(3, t0, inFlight('teams')), item(4, t0)] });
    expect(await ctx.outbox.recover()).toBe(3);
    expect(ctx.items.get(record(1).id)).toMatchObject({ state: 'pending', inFlight: null, attempts: 1 });
    expect(ctx.items.get(record(2).id)).toMatchObject({ state: 'needs_confirmation', inFlight: null });
    expect(ctx.items.get(record(3).id)).toMatchObject({ state: 'needs_confirmation', inFlight: null });
    await ctx.outbox.flush();
    // The JSON item is sent again under the same key; the Slack/Teams ones wait for the agent.
    expect(ctx.sent.sort()).toEqual([record(1).id, record(4).id].sort());
  });

  it('sends nothing while no endpoint is configured, or while blocked by a missing permission', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const ctx = setup({ items: [item(1, t0), item(2, t0)], send: async () => ({ kind: 'blocked', error: 'not allowed yet' }) });
    ctx.setEndpoint(null);
    expect(await ctx.outbox.flush()).toEqual({ attempted: 0, nextWakeAt: t0 });
    expect(ctx.sent).toEqual([]);
    ctx.setEndpoint(endpointOf());
    await ctx.outbox.flush();
    // One probe, then the whole queue waits for the backoff; the blocked probe is not an attempt.
    expect(ctx.sent).toEqual([record(1).id]);
    expect(ctx.items.get(record(1).id)).toMatchObject({ state: 'pending', attempts: 0, lastError: 'not allowed yet' });
  });

  it('waits a second between Slack posts (Slack allows about one per second)', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const times: number[] = [];
    const ctx = setup({
      format: 'slack',
      items: [item(1, t0), item(2, t0), item(3, t0)],
      send: async () => {
        times.push(ctx.clock.t);
        return response(200);
      },
    });
    await ctx.outbox.flush();
    expect(times).toEqual([t0, t0 + 1000, t0 + 2000]);
  });

  it('keeps URLs out of stored errors (a Slack URL is a credential)', async () => {
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const ctx = setup({ items: [item(1, t0)], send: async () => ({ kind: 'network', error: 'failed https://hooks.slack.com/services/T0/B0/secret', maybeSent: false }) });
    await ctx.outbox.flush();
    expect(ctx.items.get(record(1).id)?.lastError).toBe('connection failed (failed [url])');
    expect(ctx.meta.lastError).not.toContain('secret');
  });
});
