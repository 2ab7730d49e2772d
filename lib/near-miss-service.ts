/**
 * The background's near-miss handlers: logging, editing and undoing records (content scripts), and
 * the endpoint, history and outbox views (extension pages). Everything the handlers touch is passed
 * in, so the unit and fuzz tests run them against fake-indexeddb and a fake network.
 *
 * Edits and the Idempotency-Key. A key must never travel with two different bodies (IETF
 * idempotency-key draft: same key + different payload = 422). So:
 * - delivery of a new record is held for the undo window (an undone log never leaves the browser);
 * - an edit while the record's outbox item has never been attempted rewrites that item in place
 *   and holds it a little longer (SETTLE_MS), so quick follow-up edits go out as one delivery;
 * - an edit after an attempt (delivered, in flight, or retrying) becomes a new revision: the
 *   record's `revision` goes up and a new item with key `<id>.<revision>` carries the whole record.
 *   Receivers keep the highest revision per `id`.
 */
import {
  defaultBackoff,
  NEAR_MISS_SCHEMA_VERSION,
  nearMissRecordSchema,
  type EndpointConfig,
  type EndpointView,
  type LogReply,
  type MessageData,
  type NearMissRecord,
  type OutboxItem,
  type OutboxStatusReply,
  type Settings,
  type TabStatusReply,
  type TestEndpointReply,
} from './schema';
import type { MessageSender } from './message-router';
import type { NearMissDb } from './outbox-store';
import type { Outbox } from './outbox';
import { redactRecord } from './redact';
import type { ManagedEndpoint } from './managed';

/** How long "Undo" works after logging; delivery is held at least this long. */
export const UNDO_WINDOW_MS = 10_000;
/** How long an edit holds a not-yet-sent delivery, so a burst of edits goes out once. */
export const SETTLE_MS = 5_000;

export interface ServiceDeps {
  db: NearMissDb;
  outbox: Outbox;
  now(): number;
  randomUUID(): string;
  /** The effective settings (user's, overridden by policy). */
  getSettings(): Promise<Settings>;
  getManagedEndpoint(): Promise<ManagedEndpoint | null>;
  /** Something was queued or released: flush soon. */
  onOutboxChanged(): void;
  /** Sends one test request (not through the outbox). */
  sendTest(record: NearMissRecord, endpoint: EndpointConfig): Promise<TestEndpointReply>;
  getTabStatus(tabId: number): Promise<TabStatusReply>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A storage failure as the sidebar should show it (before its form clears). */
function storageError(error: unknown): Error {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new Error('Storage is full: this near miss was NOT saved. Free some disk space, then press Log again.');
  }
  return error instanceof Error ? error : new Error(String(error));
}

function ownedBy(sender: MessageSender, ownerTabId: number | null): boolean {
  return sender.tab?.id !== undefined && sender.tab.id === ownerTabId;
}

export function createNearMissService(deps: ServiceDeps) {
  const { db } = deps;

  async function effectiveEndpoint(): Promise<EndpointConfig | null> {
    const [stored, managed] = await Promise.all([db.getEndpoint(), deps.getManagedEndpoint()]);
    if (!managed) return stored;
    return {
      url: managed.url,
      format: managed.format,
      authToken: managed.authToken ?? null,
      signingSecret: managed.signingSecret ?? null,
      backoff: stored?.backoff ?? defaultBackoff,
      disabledReason: stored?.disabledReason ?? null,
    };
  }

  async function endpointView(): Promise<EndpointView | null> {
    const [endpoint, managed] = await Promise.all([effectiveEndpoint(), deps.getManagedEndpoint()]);
    if (!endpoint) return null;
    return {
      url: endpoint.url,
      format: endpoint.format,
      hasAuthToken: endpoint.authToken !== null,
      hasSigningSecret: endpoint.signingSecret !== null,
      backoff: endpoint.backoff,
      disabledReason: endpoint.disabledReason,
      locked: managed ? ['url', 'format', 'authToken', 'signingSecret'] : [],
    };
  }

  function outboxItem(record: NearMissRecord, settings: Settings, now: number, notBefore: number): OutboxItem {
    return {
      key: record.revision === 0 ? record.id : `${record.id}.${record.revision}`,
      recordId: record.id,
      revision: record.revision,
      record: redactRecord(record, settings.redaction),
      state: 'pending',
      attempts: 0,
      createdAt: now,
      notBefore,
      nextAttemptAt: notBefore,
      inFlight: null,
      lastError: null,
      lastStatus: null,
      deliveredAt: null,
    };
  }

  return {
    effectiveEndpoint,

    async logNearMiss(draft: MessageData<'logNearMiss'>, sender: MessageSender): Promise<LogReply> {
      const tabId = sender.tab?.id ?? null;
      const now = deps.now();
      const id = draft.id ?? deps.randomUUID();
      const existing = await db.getRecord(id);
      if (existing) {
        // The same message sent again (the sidebar retries after a lost reply): already saved.
        if (ownedBy(sender, existing.ownerTabId)) return { id, undoUntil: Date.parse(existing.record.createdAt) + UNDO_WINDOW_MS };
        throw new Error('this near-miss id is already in use');
      }
      const [settings, endpoint] = await Promise.all([deps.getSettings(), effectiveEndpoint()]);
      const agentName = !settings.blameless && settings.agentName ? settings.agentName : undefined;
      const record = nearMissRecordSchema.parse({
        schemaVersion: NEAR_MISS_SCHEMA_VERSION,
        id,
        revision: 0,
        createdAt: iso(now),
        updatedAt: iso(now),
        helpdesk: draft.helpdesk,
        ticketId: draft.ticketId,
        ticketUrl: draft.ticketUrl,
        channel: draft.channel,
        signal: draft.signal,
        confidence: draft.confidence,
        evidence: draft.evidence,
        correction: draft.correction ?? null,
        category: draft.category ?? null,
        factor: draft.factor ?? null,
        contributed: draft.contributed ?? '',
        recommendedChange: draft.recommendedChange ?? '',
        segment: draft.segment ?? null,
        checklist: draft.checklist ?? { done: [], total: 0 },
        outcome: draft.outcome ?? 'pending',
        changeStatus: 'open',
        detectorVersion: draft.detectorVersion,
        ...(agentName ? { agentName } : {}),
      } satisfies NearMissRecord);
      const undoUntil = now + UNDO_WINDOW_MS;
      const item = endpoint ? outboxItem(record, settings, now, undoUntil) : null;
      try {
        await db.addRecord({ id, record, ownerTabId: tabId }, item);
      } catch (error) {
        throw storageError(error);
      }
      if (item) deps.onOutboxChanged();
      return { id, undoUntil };
    },

    async updateNearMiss({ id, fields }: MessageData<'updateNearMiss'>, sender: MessageSender): Promise<{ id: string; revision: number }> {
      const [settings, endpoint] = await Promise.all([deps.getSettings(), effectiveEndpoint()]);
      const now = deps.now();
      let released = false;
      const result = await db
        .editRecord(id, (row, items) => {
          if (!ownedBy(sender, row.ownerTabId)) throw new Error('only the tab that logged a near miss can edit it');
          const merged = nearMissRecordSchema.parse({ ...row.record, ...fields, updatedAt: iso(now) });
          const unsent = items.find((item) => item.state === 'pending' && item.attempts === 0);
          if (unsent) {
            // Never attempted: the key has not travelled yet, so its body may still change.
            const record = { ...merged, revision: unsent.revision };
            const notBefore = Math.max(unsent.notBefore, now + SETTLE_MS);
            released = true;
            return {
              row: { ...row, record },
              items: [{ ...outboxItem(record, settings, unsent.createdAt, notBefore), attempts: 0, lastError: unsent.lastError }],
              result: { id, revision: record.revision },
            };
          }
          if (items.length > 0 && endpoint) {
            // Already attempted: a new revision with its own key.
            const revision = Math.max(row.record.revision, ...items.map((item) => item.revision)) + 1;
            const record = { ...merged, revision };
            released = true;
            return { row: { ...row, record }, items: [outboxItem(record, settings, now, now + SETTLE_MS)], result: { id, revision } };
          }
          // Local history only (no endpoint when it was logged).
          return { row: { ...row, record: merged }, items: [], result: { id, revision: merged.revision } };
        })
        .catch((error: unknown) => {
          throw storageError(error);
        });
      if (!result) throw new Error('no such near miss');
      if (released) deps.onOutboxChanged();
      return result;
    },

    async undoNearMiss({ id }: MessageData<'undoNearMiss'>, sender: MessageSender): Promise<{ id: string }> {
      const now = deps.now();
      const result = await db.editRecord(id, (row, items) => {
        if (!ownedBy(sender, row.ownerTabId)) throw new Error('only the tab that logged a near miss can undo it');
        if (now >= Date.parse(row.record.createdAt) + UNDO_WINDOW_MS) throw new Error('too late to undo: edit the log instead');
        // Belt and braces: delivery is held for the undo window, so nothing can have been attempted.
        if (items.some((item) => item.attempts > 0 || item.state !== 'pending')) throw new Error('already sent: edit the log instead');
        return { delete: true, result: { id } };
      });
      if (!result) throw new Error('no such near miss');
      return result;
    },

    async listNearMisses(): Promise<NearMissRecord[]> {
      return (await db.listRecords()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    getEndpoint: () => endpointView(),

    async setEndpoint(input: MessageData<'setEndpoint'>): Promise<EndpointView | null> {
      const [stored, managed] = await Promise.all([db.getEndpoint(), deps.getManagedEndpoint()]);
      const base: EndpointConfig | null = managed ? await effectiveEndpoint() : null;
      const next: EndpointConfig = base
        ? // Set by policy: only the retry timing can change here; saving also re-enables after a 410.
          { ...base, backoff: input.backoff ?? base.backoff, disabledReason: null }
        : {
            url: input.url,
            format: input.format,
            authToken: input.authToken === undefined ? (stored?.authToken ?? null) : input.authToken,
            signingSecret: input.signingSecret === undefined ? (stored?.signingSecret ?? null) : input.signingSecret,
            backoff: input.backoff ?? stored?.backoff ?? defaultBackoff,
            disabledReason: null,
          };
      await db.setEndpoint(next);
      deps.onOutboxChanged();
      return endpointView();
    },

    async removeEndpoint(): Promise<null> {
      if (await deps.getManagedEndpoint()) throw new Error('the endpoint is set by your administrator');
      await db.setEndpoint(null);
      return null;
    },

    async disableEndpoint(reason: string): Promise<void> {
      const current = await effectiveEndpoint();
      if (current) await db.setEndpoint({ ...current, disabledReason: reason.slice(0, 500) });
    },

    async testEndpoint(): Promise<TestEndpointReply> {
      const endpoint = await effectiveEndpoint();
      if (!endpoint) throw new Error('no endpoint is saved yet');
      const now = deps.now();
      const record = nearMissRecordSchema.parse({
        schemaVersion: NEAR_MISS_SCHEMA_VERSION,
        id: deps.randomUUID(),
        revision: 0,
        createdAt: iso(now),
        updatedAt: iso(now),
        helpdesk: 'near-miss-test',
        ticketId: 'TEST',
        ticketUrl: 'https://near-miss.invalid/test',
        channel: 'unknown',
        signal: 'great_but',
        confidence: 1,
        evidence: [{ quote: 'This is a test from Near Miss settings. It is not a real near miss.' }],
        correction: null,
        category: null,
        factor: null,
        contributed: '',
        recommendedChange: '',
        segment: null,
        checklist: { done: [], total: 0 },
        outcome: 'pending',
        changeStatus: 'open',
        detectorVersion: 'test',
        test: true,
      } satisfies NearMissRecord);
      return deps.sendTest(record, endpoint);
    },

    async outboxStatus(): Promise<OutboxStatusReply> {
      const [counts, meta, pending, inFlight, failed, unconfirmed, endpoint] = await Promise.all([
        db.countByState(),
        db.outbox.getMeta(),
        db.outbox.listByState('pending'),
        db.outbox.listByState('in_flight'),
        db.outbox.listByState('failed'),
        db.outbox.listByState('needs_confirmation'),
        effectiveEndpoint(),
      ]);
      const waiting = [...pending, ...inFlight].map((item) => item.createdAt);
      return {
        counts,
        oldestPendingAt: waiting.length ? Math.min(...waiting) : null,
        lastSuccessAt: meta.lastSuccessAt,
        lastError: meta.lastError,
        endpointDisabled: endpoint?.disabledReason ?? null,
        attention: [...unconfirmed, ...failed].slice(0, 200).map((item) => ({
          key: item.key,
          recordId: item.recordId,
          state: item.state as 'failed' | 'needs_confirmation',
          ticketId: item.record.ticketId,
          signal: item.record.signal,
          attempts: item.attempts,
          lastError: item.lastError,
        })),
      };
    },

    async outboxAction({ key, action }: MessageData<'outboxAction'>): Promise<{ key: string; done: boolean }> {
      const done = action === 'resend' ? await deps.outbox.resend(key) : await deps.outbox.markDelivered(key);
      if (!done) throw new Error('that item is not waiting for a decision any more');
      // Either way the queue changed: resend needs a flush, and the toolbar badge must follow both.
      deps.onOutboxChanged();
      return { key, done };
    },

    tabStatus: ({ tabId }: MessageData<'tabStatus'>) => deps.getTabStatus(tabId),
  };
}

export type NearMissService = ReturnType<typeof createNearMissService>;
