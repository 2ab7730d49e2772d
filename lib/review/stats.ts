/**
 * The review page's figures (issue 7): near misses per week by category, a Pareto of contributing
 * factors, the signal mix and the recovery rate. Pure and cheap (one pass each), so they are
 * recomputed on every filter change and drawn by chart.js, with the same numbers in a table beside
 * each chart for screen readers.
 *
 * Records the agent dismissed ("not a near miss") are left out of every figure: they are the
 * detector's false alarms, not lessons. The list still shows them.
 */
import type { NearMissRecord } from '../schema';
import { categories, factorsByCategory, signals } from '../vocabulary';
import { effectiveSignal } from './filter';

type Category = (typeof categories)[number];
export type CategoryOrNone = Category | 'none';
export const categoryKeys: readonly CategoryOrNone[] = [...categories, 'none'];

/** At most this many weeks are charted (the most recent): two years is a lead's longest look back. */
export const MAX_WEEKS = 104;

const counted = (records: readonly NearMissRecord[]) => records.filter((r) => r.correction?.kind !== 'dismissed');

/** Local Monday 00:00 of the week holding `ms`, as `YYYY-MM-DD` (ISO weeks start on Monday). */
export function weekOf(ms: number): string {
  const d = new Date(ms);
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return localDay(monday);
}

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export interface WeeklyByCategory {
  /** Monday of each week, oldest first, with empty weeks filled in. */
  weeks: string[];
  counts: Record<CategoryOrNone, number[]>;
}

/**
 * weekOf per createdAt minute, cached: 10,000 records share a few thousand minutes, and the Date
 * work is the costly part of a redraw. A minute never straddles local midnight in any time zone.
 */
const weekCache = new Map<string, string>();
function cachedWeekOf(iso: string): string {
  const minute = iso.slice(0, 16);
  let week = weekCache.get(minute);
  if (week === undefined) {
    if (weekCache.size > 50_000) weekCache.clear();
    week = weekOf(Date.parse(iso));
    weekCache.set(minute, week);
  }
  return week;
}

export function weeklyByCategory(records: readonly NearMissRecord[]): WeeklyByCategory {
  const byWeek = new Map<string, Record<CategoryOrNone, number>>();
  // Weeks as YYYY-MM-DD strings compare in date order, so the range needs no Date arithmetic.
  let firstWeek = '';
  let lastWeek = '';
  for (const record of counted(records)) {
    const week = cachedWeekOf(record.createdAt);
    if (firstWeek === '' || week < firstWeek) firstWeek = week;
    if (week > lastWeek) lastWeek = week;
    const row = byWeek.get(week) ?? { process: 0, systems: 0, human: 0, none: 0 };
    row[record.category ?? 'none']++;
    byWeek.set(week, row);
  }
  const weeks: string[] = [];
  if (firstWeek !== '') {
    // Walk Mondays by calendar date (not by 7 × 24 h, which drifts across daylight-saving changes).
    const start = new Date(`${firstWeek}T00:00:00`);
    for (let i = 0; ; i++) {
      const week = localDay(new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7 * i));
      weeks.push(week);
      if (week >= lastWeek || i > 10_000) break;
    }
  }
  const shown = weeks.slice(-MAX_WEEKS);
  const counts = { process: [], systems: [], human: [], none: [] } as Record<CategoryOrNone, number[]>;
  for (const week of shown) {
    const row = byWeek.get(week);
    for (const key of categoryKeys) counts[key].push(row?.[key] ?? 0);
  }
  return { weeks: shown, counts };
}

export interface ParetoRow {
  factor: string;
  category: Category;
  count: number;
  /** Running share of all factor-tagged near misses, 0–100, rounded to one decimal. */
  cumulativePercent: number;
}

/** Contributing factors, most frequent first, with the cumulative percentage line. Ties by name. */
export function factorPareto(records: readonly NearMissRecord[]): ParetoRow[] {
  const counts = new Map<string, number>();
  for (const record of counted(records)) if (record.factor) counts.set(record.factor, (counts.get(record.factor) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const categoryOf = (factor: string) => categories.find((c) => (factorsByCategory[c] as readonly string[]).includes(factor)) ?? 'process';
  let running = 0;
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([factor, count]) => {
      running += count;
      return { factor, category: categoryOf(factor), count, cumulativePercent: Math.round((running / total) * 1000) / 10 };
    });
}

export function signalMix(records: readonly NearMissRecord[]): Record<(typeof signals)[number], number> {
  const mix = { great_but: 0, frustrated_retained: 0, passive: 0, churn_risk: 0 };
  for (const record of counted(records)) mix[effectiveSignal(record)]++;
  return mix;
}

export interface Recovery {
  recovered: number;
  lost: number;
  pending: number;
  /** recovered / (recovered + lost) as 0–100 with one decimal; null while nothing is decided. */
  ratePercent: number | null;
}

export function recoveryRate(records: readonly NearMissRecord[]): Recovery {
  const tally = { recovered: 0, lost: 0, pending: 0 };
  for (const record of counted(records)) tally[record.outcome]++;
  const decided = tally.recovered + tally.lost;
  return { ...tally, ratePercent: decided ? Math.round((tally.recovered / decided) * 1000) / 10 : null };
}

export interface ChangeFollowThrough {
  open: number;
  in_progress: number;
  done: number;
}

/** Recommended changes and their status, counting only records that name a change. */
export function changeFollowThrough(records: readonly NearMissRecord[]): ChangeFollowThrough {
  const tally = { open: 0, in_progress: 0, done: 0 };
  for (const record of counted(records)) if (record.recommendedChange.trim()) tally[record.changeStatus]++;
  return tally;
}
