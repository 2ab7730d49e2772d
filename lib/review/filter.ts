/**
 * The review page's filters and search (issue 7), and their URL-hash form so a lead can share a
 * filtered view (`review.html#category=process&from=2026-01-01&q=export`).
 *
 * Filtering 10,000 records must stay well under one frame's worth of a long task, so each record's
 * searchable text is lower-cased once (`indexRecords`) and a filter pass is plain comparisons.
 */
import type { NearMissRecord } from '../schema';
import { categories, factorsByCategory, signals } from '../vocabulary';

type Signal = (typeof signals)[number];
type Category = (typeof categories)[number];
type Factor = (typeof factorsByCategory)[Category][number];
const allFactors: readonly string[] = Object.values(factorsByCategory).flat();
export const outcomes = ['pending', 'recovered', 'lost'] as const;
export const changeStatuses = ['open', 'in_progress', 'done'] as const;

export interface ReviewFilter {
  signal?: Signal;
  /** `none`: records without a root cause yet. */
  category?: Category | 'none';
  factor?: Factor;
  helpdesk?: string;
  segment?: string;
  outcome?: (typeof outcomes)[number];
  changeStatus?: (typeof changeStatuses)[number];
  /** Local calendar days, `YYYY-MM-DD`, both inclusive. */
  from?: string;
  to?: string;
  /** Free text, matched case-insensitively against quotes, notes, ticket, helpdesk and segment. */
  q?: string;
}

export const FILTER_KEYS = ['signal', 'category', 'factor', 'helpdesk', 'segment', 'outcome', 'changeStatus', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The signal a lead reviews: the agent's correction wins over the detector's guess. */
export function effectiveSignal(record: NearMissRecord): Signal {
  return record.correction?.kind === 'corrected' ? record.correction.signal : record.signal;
}

export interface IndexedRecord {
  record: NearMissRecord;
  /** Lower-cased text searched by `q`. */
  text: string;
  /** createdAt as epoch ms. */
  at: number;
}

/** Builds the search text. The agent's name is searchable only when blameless mode is off. */
export function indexRecord(record: NearMissRecord, blameless: boolean): IndexedRecord {
  const parts = [
    record.ticketId,
    record.helpdesk,
    record.segment ?? '',
    record.contributed,
    record.recommendedChange,
    ...record.evidence.map((e) => e.quote),
    blameless ? '' : (record.agentName ?? ''),
  ];
  return { record, text: parts.join('\n').toLowerCase(), at: Date.parse(record.createdAt) };
}

/** Epoch ms of local midnight starting `day` (YYYY-MM-DD); NaN if it is not such a day. */
export function dayStart(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return NaN;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
}

/** Epoch ms of the local midnight after `day`: `to` is inclusive of the whole day. */
export function dayEnd(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return NaN;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime();
}

/** A compiled filter: one closure, so the loop over 10,000 records does no parsing. */
export function compileFilter(filter: ReviewFilter): (item: IndexedRecord) => boolean {
  const from = filter.from ? dayStart(filter.from) : NaN;
  const to = filter.to ? dayEnd(filter.to) : NaN;
  const terms = (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return ({ record, text, at }) => {
    if (filter.signal && effectiveSignal(record) !== filter.signal) return false;
    if (filter.category && (record.category ?? 'none') !== filter.category) return false;
    if (filter.factor && record.factor !== filter.factor) return false;
    if (filter.helpdesk && record.helpdesk !== filter.helpdesk) return false;
    if (filter.segment && record.segment !== filter.segment) return false;
    if (filter.outcome && record.outcome !== filter.outcome) return false;
    if (filter.changeStatus && record.changeStatus !== filter.changeStatus) return false;
    if (!Number.isNaN(from) && at < from) return false;
    if (!Number.isNaN(to) && at >= to) return false;
    // Every word must appear (in any order), as search boxes usually behave.
    for (const term of terms) if (!text.includes(term)) return false;
    return true;
  };
}

export function filterRecords(items: readonly IndexedRecord[], filter: ReviewFilter): IndexedRecord[] {
  const keep = compileFilter(filter);
  return items.filter(keep);
}

export function isEmptyFilter(filter: ReviewFilter): boolean {
  return FILTER_KEYS.every((key) => !filter[key]);
}

// ---------------------------------------------------------------------------------------------
// URL hash. The hash is typed by whoever shares the link: every value is checked, unknown keys and
// bad values are dropped (never trusted, never thrown on).

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Helpdesk ids and segments as the schema bounds them. */
const SHORT_TEXT_MAX = 80;

export function filterFromHash(hash: string): { filter: ReviewFilter; selected?: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filter: ReviewFilter = {};
  const get = (key: string) => params.get(key)?.trim() ?? '';
  const signal = get('signal');
  if (isOneOf(signals, signal)) filter.signal = signal;
  const category = get('category');
  if (category === 'none' || isOneOf(categories, category)) filter.category = category;
  const factor = get('factor');
  if (allFactors.includes(factor)) filter.factor = factor as Factor;
  const helpdesk = get('helpdesk');
  if (/^[a-z][a-z0-9-]{1,30}$/.test(helpdesk)) filter.helpdesk = helpdesk;
  const segment = get('segment');
  if (segment && segment.length <= SHORT_TEXT_MAX) filter.segment = segment;
  const outcome = get('outcome');
  if (isOneOf(outcomes, outcome)) filter.outcome = outcome;
  const changeStatus = get('changeStatus');
  if (isOneOf(changeStatuses, changeStatus)) filter.changeStatus = changeStatus;
  for (const key of ['from', 'to'] as const) {
    const day = get(key);
    if (DAY.test(day) && !Number.isNaN(dayStart(day))) filter[key] = day;
  }
  const q = params.get('q') ?? '';
  if (q && q.length <= 200) filter.q = q;
  const selected = get('id');
  return /^[0-9a-f-]{36}$/i.test(selected) ? { filter, selected } : { filter };
}

export function filterToHash(filter: ReviewFilter, selected?: string): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (selected) params.set('id', selected);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Distinct values present in the data, for the helpdesk and segment pickers. */
export function distinctValues(items: readonly IndexedRecord[]): { helpdesks: string[]; segments: string[] } {
  const helpdesks = new Set<string>();
  const segments = new Set<string>();
  for (const { record } of items) {
    helpdesks.add(record.helpdesk);
    if (record.segment) segments.add(record.segment);
  }
  return { helpdesks: [...helpdesks].sort(), segments: [...segments].sort() };
}
