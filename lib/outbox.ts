/**
 * The outbox: delivers queued near-miss records to the team's endpoint, at least once to receivers
 * that deduplicate (JSON webhook: Idempotency-Key / webhook-id) and at most once, unless a person
 * says otherwise, to receivers that cannot (Slack, Teams). Pure: the store, the network call and the
 * clock are passed in, so tests drive every path without fakes of globals.
 *
 * State machine of one item (reliability.md §5):
 *
 *   pending ──claim──▶ in_flight ──2xx──────────────────────────▶ delivered
 *      ▲                  │ 408/425/429/5xx, network, timeout(JSON)  (409 too, JSON only)
 *      └──── backoff ─────┤
 *                         │ other 4xx, redirect ─────────────────▶ failed            (kept, shown)
 *                         │ 410 ─ endpoint disabled ─────────────▶ failed
 *                         │ timeout / maybe-sent network error,
 *                         └ Slack or Teams ──────────────────────▶ needs_confirmation (kept, shown)
 *   failed, needs_confirmation ──resend──▶ pending;  ──mark delivered──▶ delivered
 *   start-up: in_flight ──▶ pending (JSON) | needs_confirmation (Slack/Teams)
 *
 * Nothing expires: there is no attempt limit and no age limit; items only leave `pending` through
 * one of the arrows above. `in_flight` is persisted (with an attempt id) before the request starts.
 */
import type { Backoff, EndpointConfig, EndpointFormat, OutboxItem, OutboxState } from './schema';

/** reliability.md §5: a request that has not answered in 20 s is abandoned (Chrome kills at 30 s). */
export const REQUEST_TIMEOUT_MS = 20_000;
/** A `Retry-After` longer than this is capped: a receiver cannot park the queue for a day. */
export const RETRY_AFTER_CAP_MS = 3_600_000;
/** Slack allows about one message per second per webhook; Teams is similar. */
export const NON_DEDUPE_INTERVAL_MS = 1_000;

/** What the network call reports. A timeout is detected by the outbox itself. */
export type SendOutcome =
  | { kind: 'response'; status: number; retryAfter: string | null }
  /** The receiver answered with a redirect, which is never followed. */
  | { kind: 'redirect' }
  /** The request failed without an HTTP answer. `maybeSent`: the receiver may have acted on it. */
  | { kind: 'network'; error: string; maybeSent: boolean }
  /** Nothing was sent (no host permission yet): try again later. */
  | { kind: 'blocked'; error: string };
export type AttemptOutcome = SendOutcome | { kind: 'timeout' };

export type Decision =
  | { next: 'delivered' }
  | { next: 'retry'; error: string; retryAfterMs: number | null; counted: boolean }
  | { next: 'failed'; error: string }
  | { next: 'gone'; error: string }
  | { next: 'needs_confirmation'; error: string };

export const dedupes = (format: EndpointFormat): boolean => format === 'json';

/** The status-code table. `now` resolves an HTTP-date `Retry-After`. */
export function classify(outcome: AttemptOutcome, format: EndpointFormat, now: number): Decision {
  switch (outcome.kind) {
    case 'response': {
      const { status } = outcome;
      if (status >= 200 && status < 300) return { next: 'delivered' };
      const error = `HTTP ${status}`;
      if (status === 410) return { next: 'gone', error: 'HTTP 410 Gone: the receiver retired this endpoint' };
      // 409 from an idempotent receiver means "a request with this key is still being processed".
      const retryable = status === 408 || status === 425 || status === 429 || status >= 500 || (status === 409 && dedupes(format));
      if (retryable) return { next: 'retry', error, retryAfterMs: parseRetryAfter(outcome.retryAfter, now), counted: true };
      if (status >= 300 && status < 400) return { next: 'failed', error: `${error}: redirects are not followed` };
      return { next: 'failed', error };
    }
    case 'redirect':
      return { next: 'failed', error: 'the receiver answered with a redirect, which is not followed' };
    case 'blocked':
      return { next: 'retry', error: outcome.error, retryAfterMs: null, counted: false };
    case 'timeout':
      return dedupes(format)
        ? { next: 'retry', error: 'no answer within 20 s', retryAfterMs: null, counted: true }
        : { next: 'needs_confirmation', error: 'no answer within 20 s: it may or may not have been posted' };
    case 'network':
      if (!dedupes(format) && outcome.maybeSent) {
        return { next: 'needs_confirmation', error: `connection failed (${outcome.error}): it may or may not have been posted` };
      }
      return { next: 'retry', error: `connection failed (${outcome.error})`, retryAfterMs: null, counted: true };
  }
}

/** `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // HTTP-dates always name the day and the GMT zone ("Sun, 06 Nov 1994 08:49:37 GMT"); anything
  // else (a negative number, a bare year) is not a Retry-After value, however Date.parse reads it.
  if (!/^[A-Za-z]{3,9},? .*GMT$/.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** `min(cap, base·2^n) × U[0.5, 1]`: n = 0 for the first retry. Jitter spreads a team's retries. */
export function backoffDelay(n: number, backoff: Backoff, random: () => number): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(n, 40));
  return ceiling * (0.5 + 0.5 * random());
}

/** The wait before the next attempt: the backoff, or a larger `Retry-After`, capped at 1 h. */
export function retryDelay(n: number, backoff: Backoff, random: () => number, retryAfterMs: number | null): number {
  return Math.min(RETRY_AFTER_CAP_MS, Math.max(backoffDelay(n, backoff, random), retryAfterMs ?? 0));
}

export interface OutboxMeta {
  lastSuccessAt: number | null;
  lastError: string | null;
}

export interface OutboxStore {
  listByState(state: OutboxState): Promise<OutboxItem[]>;
  get(key: string): Promise<OutboxItem | undefined>;
  /**
   * Reads, changes and writes one item in a single transaction (the claim must not race an edit of
   * the same item). `change` returns undefined to leave it as it is; the result is the stored item.
   */
  update(key: string, change: (item: OutboxItem) => OutboxItem | undefined): Promise<OutboxItem | undefined>;
  getMeta(): Promise<OutboxMeta>;
  setMeta(meta: Partial<OutboxMeta>): Promise<void>;
}

export interface Clock {
  now(): number;
  random(): number;
  /** Returns a cancel function. */
  setTimeout(callback: () => void, ms: number): () => void;
  sleep(ms: number): Promise<void>;
}

export interface OutboxDeps {
  store: OutboxStore;
  getEndpoint(): Promise<EndpointConfig | null>;
  disableEndpoint(reason: string): Promise<void>;
  send(item: OutboxItem, endpoint: EndpointConfig, signal: AbortSignal): Promise<SendOutcome>;
  clock: Clock;
  timeoutMs?: number;
  nonDedupeIntervalMs?: number;
}

export interface FlushResult {
  attempted: number;
  /** When the earliest pending item becomes due; null when nothing is pending. */
  nextWakeAt: number | null;
}

const isDue = (item: OutboxItem, now: number) => item.state === 'pending' && item.notBefore <= now && item.nextAttemptAt <= now;

/** Errors shown on the options page: never a URL (a Slack/Teams URL is a credential). */
export function safeError(error: string): string {
  return error.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)\]>"']+/gi, '[url]').slice(0, 1000);
}

export function createOutbox(deps: OutboxDeps) {
  const { store, clock } = deps;
  const timeoutMs = deps.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const interval = deps.nonDedupeIntervalMs ?? NON_DEDUPE_INTERVAL_MS;
  let running: Promise<FlushResult> | null = null;
  let rerun = false;

  async function attemptOnce(item: OutboxItem, endpoint: EndpointConfig): Promise<AttemptOutcome> {
    const controller = new AbortController();
    let cancelTimer = () => {};
    const timedOut = new Promise<AttemptOutcome>((resolve) => {
      cancelTimer = clock.setTimeout(() => {
        controller.abort();
        resolve({ kind: 'timeout' });
      }, endpoint.backoff.timeoutMs ?? timeoutMs);
    });
    const sent = deps.send(item, endpoint, controller.signal).catch(
      (error: unknown): AttemptOutcome => ({ kind: 'network', error: error instanceof Error ? error.message : String(error), maybeSent: true }),
    );
    try {
      return await Promise.race([sent, timedOut]);
    } finally {
      cancelTimer();
    }
  }

  /** One attempt for one item: claim (persisted), send, record the outcome. */
  async function deliver(key: string, endpoint: EndpointConfig): Promise<'sent' | 'skipped' | 'blocked'> {
    const attemptId = `${clock.now().toString(36)}-${Math.floor(clock.random() * 1e9).toString(36)}`;
    const claimed = await store.update(key, (item) =>
      isDue(item, clock.now())
        ? { ...item, state: 'in_flight', attempts: item.attempts + 1, inFlight: { attemptId, startedAt: clock.now(), format: endpoint.format } }
        : undefined,
    );
    if (claimed?.inFlight?.attemptId !== attemptId) return 'skipped'; // undone, edited or already sent

    const outcome = await attemptOnce(claimed, endpoint);
    const now = clock.now();
    const decision = classify(outcome, endpoint.format, now);
    const ours = (item: OutboxItem) => item.state === 'in_flight' && item.inFlight?.attemptId === attemptId;
    await store.update(key, (item) => {
      if (!ours(item)) return undefined;
      const done = { ...item, inFlight: null, lastStatus: outcome.kind === 'response' ? outcome.status : null };
      switch (decision.next) {
        case 'delivered':
          return { ...done, state: 'delivered', deliveredAt: now, lastError: null };
        case 'retry': {
          const attempts = decision.counted ? item.attempts : item.attempts - 1;
          const delay = retryDelay(Math.max(0, attempts - 1), endpoint.backoff, clock.random, decision.retryAfterMs);
          return { ...done, state: 'pending', attempts, nextAttemptAt: now + delay, lastError: safeError(decision.error) };
        }
        case 'failed':
        case 'gone':
          return { ...done, state: 'failed', lastError: safeError(decision.error) };
        case 'needs_confirmation':
          return { ...done, state: 'needs_confirmation', lastError: safeError(decision.error) };
      }
    });
    if (decision.next === 'delivered') await store.setMeta({ lastSuccessAt: now });
    else await store.setMeta({ lastError: safeError(`ticket ${claimed.record.ticketId}: ${decision.error}`) });
    if (decision.next === 'gone') await deps.disableEndpoint(decision.error);
    return outcome.kind === 'blocked' ? 'blocked' : 'sent';
  }

  async function nextWakeAt(): Promise<number | null> {
    const pending = await store.listByState('pending');
    let next: number | null = null;
    for (const item of pending) {
      const at = Math.max(item.notBefore, item.nextAttemptAt);
      if (next === null || at < next) next = at;
    }
    return next;
  }

  async function drain(): Promise<FlushResult> {
    let attempted = 0;
    for (;;) {
      const endpoint = await deps.getEndpoint();
      if (!endpoint || endpoint.disabledReason !== null) break;
      const now = clock.now();
      const due = (await store.listByState('pending'))
        .filter((item) => isDue(item, now))
        .sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
      if (due.length === 0) break;
      let blocked = false;
      for (const item of due) {
        // Re-read the endpoint each time: a 410 or the options page may have changed it.
        const current = await deps.getEndpoint();
        if (!current || current.disabledReason !== null) return { attempted, nextWakeAt: await nextWakeAt() };
        const result = await deliver(item.key, current);
        if (result === 'blocked') {
          // Nothing was sent (no permission yet): every other item would fail the same way; wait for the backoff.
          blocked = true;
          break;
        }
        if (result === 'sent') {
          attempted++;
          if (!dedupes(current.format)) await clock.sleep(interval);
        }
      }
      if (blocked) break;
    }
    return { attempted, nextWakeAt: await nextWakeAt() };
  }

  return {
    /**
     * Sends everything that is due, one request at a time. Concurrent calls share the running flush;
     * a call that arrives during it makes the flush look once more before finishing, so nothing
     * enqueued meanwhile waits for the next alarm.
     */
    flush(): Promise<FlushResult> {
      if (running) {
        rerun = true;
        return running;
      }
      running = (async () => {
        let result: FlushResult;
        do {
          rerun = false;
          result = await drain();
        } while (rerun);
        return result;
      })().finally(() => {
        running = null;
      });
      return running;
    },

    /** On start: attempts the last worker did not finish. Their outcome is unknown. */
    async recover(): Promise<number> {
      const leftover = await store.listByState('in_flight');
      for (const item of leftover) {
        await store.update(item.key, (current) => {
          if (current.state !== 'in_flight') return undefined;
          const format = current.inFlight?.format ?? 'json';
          return dedupes(format)
            ? { ...current, state: 'pending', inFlight: null, nextAttemptAt: clock.now() }
            : {
                ...current,
                state: 'needs_confirmation',
                inFlight: null,
                lastError: 'the extension stopped while sending: it may or may not have been posted',
              };
        });
      }
      return leftover.length;
    },

    /** The agent's answer for a failed or unconfirmed item: send it (again) now. */
    async resend(key: string): Promise<boolean> {
      let changed = false;
      await store.update(key, (current) => {
        if (current.state !== 'failed' && current.state !== 'needs_confirmation') return undefined;
        changed = true;
        return { ...current, state: 'pending', nextAttemptAt: clock.now(), notBefore: Math.min(current.notBefore, clock.now()) };
      });
      return changed;
    },

    /** The agent checked the receiver and saw it arrived. */
    async markDelivered(key: string): Promise<boolean> {
      let changed = false;
      await store.update(key, (current) => {
        if (current.state !== 'failed' && current.state !== 'needs_confirmation') return undefined;
        changed = true;
        return { ...current, state: 'delivered', deliveredAt: clock.now() };
      });
      return changed;
    },

    nextWakeAt,
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
