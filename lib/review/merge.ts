/**
 * Merging near-miss records from several sources (local history, agents' files, the endpoint) by
 * record id, without duplicates (issue 7). A record's `revision` counts the agent's edits after a
 * delivery, and `updatedAt` moves with every edit (the lead's review edits included), so the newer
 * version of one id is the higher revision, then the later `updatedAt`. A version that is not newer
 * never overwrites: re-importing an old file cannot undo a lead's review.
 */
import type { NearMissRecord } from '../schema';

export function isNewer(candidate: NearMissRecord, than: NearMissRecord): boolean {
  if (candidate.revision !== than.revision) return candidate.revision > than.revision;
  return candidate.updatedAt > than.updatedAt;
}

/**
 * - `added`: the id was not known;
 * - `updated`: the incoming version is newer and replaces the stored one;
 * - `unchanged`: the same record (field for field) is already stored;
 * - `kept`: the stored version is newer, or the same version with different content: it stays.
 */
export type MergeDecision = 'added' | 'updated' | 'unchanged' | 'kept';

export function mergeDecision(existing: NearMissRecord | undefined, incoming: NearMissRecord): MergeDecision {
  if (!existing) return 'added';
  if (canonicalJson(existing) === canonicalJson(incoming)) return 'unchanged';
  return isNewer(incoming, existing) ? 'updated' : 'kept';
}

export type MergeCounts = Record<MergeDecision, number>;
export const emptyMergeCounts = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0, kept: 0 });

/** Key-order-independent JSON (undefined members left out), for "is this the same record?". */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
