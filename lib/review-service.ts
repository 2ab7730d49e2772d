/**
 * The background's handlers for the team lead's review page (issue 7): history in pages, merging
 * records from agents' files and from the endpoint's list, and the lead's review edits.
 *
 * - Merging is by record id, never duplicating (lib/review/merge.ts): the higher revision, then the
 *   later `updatedAt`, wins; an older or conflicting version never overwrites what is stored.
 * - Imported rows keep no owner tab, so no content script can edit or undo them.
 * - The lead's edits change the local history only (the agent's own edits after delivery go out as
 *   revisions through the outbox; a lead's review is shared by exporting).
 * - Blameless mode: agent names are stripped here, before any record reaches the page.
 * - The endpoint list is fetched here, where the endpoint and its token live; the page never sees them.
 */
import {
  describeError,
  nearMissRecordSchema,
  reviewListResponseSchema,
  type EndpointConfig,
  type EndpointSyncReply,
  type MergeReply,
  type MessageData,
  type NearMissRecord,
  type ReviewPageReply,
} from './schema';
import { factorsByCategory } from './vocabulary';
import type { NearMissDb } from './outbox-store';
import { emptyMergeCounts, mergeDecision } from './review/merge';

/** Pages fetched per sync at most (a runaway `next` must not loop forever): 50 × 1,000 records. */
export const SYNC_MAX_PAGES = 50;
/** An endpoint page larger than this is refused rather than parsed (1,000 records ≈ 1.5 MB). */
export const SYNC_MAX_BYTES = 16 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 20_000;

export interface ReviewDeps {
  db: NearMissDb;
  now(): number;
  blameless(): Promise<boolean>;
  effectiveEndpoint(): Promise<EndpointConfig | null>;
  fetch: typeof fetch;
  hasPermission(origin: string): Promise<boolean>;
  /** The list cursor last received from this endpoint (stored per endpoint URL), or null. */
  readCursor(endpointUrl: string): Promise<string | null>;
  writeCursor(endpointUrl: string, cursor: string | null): Promise<void>;
  openTab(url: string): Promise<void>;
  reviewUrl: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function stripAgent(record: NearMissRecord): NearMissRecord {
  if (record.agentName === undefined) return record;
  const { agentName: _hidden, ...rest } = record;
  return rest;
}

export function createReviewService(deps: ReviewDeps) {
  const { db } = deps;

  async function merge(records: readonly NearMissRecord[]): Promise<MergeReply> {
    const counts = emptyMergeCounts();
    await db.mergeRecords(records, (stored, incoming) => {
      const decision = mergeDecision(stored?.record, incoming);
      counts[decision]++;
      if (decision === 'added') return { id: incoming.id, record: incoming, ownerTabId: null };
      if (decision === 'updated' && stored) return { ...stored, record: incoming };
      return undefined;
    });
    return counts;
  }

  return {
    async listReview({ after, limit }: MessageData<'listReview'>): Promise<ReviewPageReply> {
      const [page, blameless] = await Promise.all([db.listRecordsPage(after, limit), deps.blameless()]);
      return { ...page, records: blameless ? page.records.map(stripAgent) : page.records, blameless };
    },

    importNearMisses: ({ records }: MessageData<'importNearMisses'>): Promise<MergeReply> => merge(records),

    async updateReview({ id, ...fields }: MessageData<'updateReview'>): Promise<NearMissRecord> {
      const now = deps.now();
      const updated = await db.editRecord(id, (row) => {
        const next = { ...row.record, ...fields, updatedAt: iso(Math.max(now, Date.parse(row.record.updatedAt) + 1)) };
        // A new category without a factor drops a factor that belongs to the old category.
        if (fields.category !== undefined && fields.factor === undefined && next.factor) {
          const allowed: readonly string[] = next.category ? factorsByCategory[next.category] : [];
          if (!allowed.includes(next.factor)) next.factor = null;
        }
        const record = nearMissRecordSchema.parse(next);
        return { row: { ...row, record }, items: [], result: record };
      });
      if (!updated) throw new Error('no such near miss');
      return (await deps.blameless()) ? stripAgent(updated) : updated;
    },

    async syncReviewEndpoint({ fromStart }: MessageData<'syncReviewEndpoint'>): Promise<EndpointSyncReply> {
      const endpoint = await deps.effectiveEndpoint();
      if (!endpoint) throw new Error('no endpoint is configured');
      if (endpoint.format !== 'json') throw new Error(`a ${endpoint.format === 'slack' ? 'Slack' : 'Teams'} webhook offers no list of near misses`);
      const target = new URL(endpoint.url);
      if (!(await deps.hasPermission(`${target.protocol}//${target.hostname}/*`))) {
        throw new Error('the endpoint is not allowed yet: open Settings and save the endpoint to grant access');
      }
      const reply: EndpointSyncReply = { ...emptyMergeCounts(), pages: 0, fetched: 0, invalid: 0, problems: [] };
      let cursor = fromStart ? null : await deps.readCursor(endpoint.url);
      while (reply.pages < SYNC_MAX_PAGES) {
        const page = await fetchPage(endpoint, cursor);
        reply.pages++;
        reply.fetched += page.records.length;
        const valid: NearMissRecord[] = [];
        page.records.forEach((candidate, index) => {
          const parsed = nearMissRecordSchema.safeParse(candidate);
          if (parsed.success) valid.push(parsed.data);
          else {
            reply.invalid++;
            if (reply.problems.length < 5) reply.problems.push(`page ${reply.pages}, record ${index + 1}: ${describeError(parsed.error)}`);
          }
        });
        const counts = await merge(valid);
        for (const key of ['added', 'updated', 'unchanged', 'kept'] as const) reply[key] += counts[key];
        // The cursor is saved only after its page is merged: a failure re-fetches, never skips.
        if (page.next === undefined) break;
        cursor = page.next;
        await deps.writeCursor(endpoint.url, cursor);
        if (page.records.length === 0) break;
      }
      return reply;
    },

    async openReview(): Promise<{ opened: true }> {
      await deps.openTab(deps.reviewUrl);
      return { opened: true };
    },
  };

  async function fetchPage(endpoint: EndpointConfig, cursor: string | null) {
    const url = new URL(endpoint.url);
    if (cursor !== null) url.searchParams.set('since', cursor);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (endpoint.authToken) headers.authorization = `Bearer ${endpoint.authToken}`;
    let response: Response;
    try {
      response = await deps.fetch(url.href, {
        method: 'GET',
        headers,
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(endpoint.backoff.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`the endpoint did not answer (${error instanceof Error ? error.name : 'network error'})`);
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      throw new Error('the endpoint answered the list request with a redirect; use its final address');
    }
    if (response.status === 404 || response.status === 405 || response.status === 501) {
      throw new Error(`the endpoint does not offer a list of near misses (HTTP ${response.status}); see "Review endpoint contract" in the README`);
    }
    if (!response.ok) throw new Error(`the endpoint's list answered HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > SYNC_MAX_BYTES) throw new Error('the endpoint sent a page over 16 MB: send at most 1,000 records per page');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error('the endpoint\'s list is not JSON');
    }
    const parsed = reviewListResponseSchema.safeParse(json);
    if (!parsed.success) throw new Error(`the endpoint's list is not { records, next? }: ${describeError(parsed.error)}`);
    return parsed.data;
  }
}

export type ReviewService = ReturnType<typeof createReviewService>;
