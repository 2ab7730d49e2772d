import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../test/support/records';
import { changeFollowThrough, factorPareto, recoveryRate, signalMix, weekOf, weeklyByCategory } from './stats';

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).toISOString();

describe('weekOf', () => {
  it('gives the local Monday of the week', () => {
    expect(weekOf(new Date(2026, 0, 5, 0, 1).getTime())).toBe('2026-01-05'); // a Monday
    expect(weekOf(new Date(2026, 0, 11, 23, 59).getTime())).toBe('2026-01-05'); // its Sunday
    expect(weekOf(new Date(2026, 0, 1).getTime())).toBe('2025-12-29'); // a Thursday across the year
  });
});

describe('weeklyByCategory', () => {
  it('counts per week and category, fills empty weeks, and leaves dismissed records out', () => {
    const actual = weeklyByCategory([
      makeRecord({ createdAt: local(2026, 1, 6), category: 'process', factor: null }),
      makeRecord({ createdAt: local(2026, 1, 7), category: 'process', factor: null }),
      makeRecord({ createdAt: local(2026, 1, 8), category: null, factor: null }),
      makeRecord({ createdAt: local(2026, 1, 21), category: 'human', factor: 'training' }),
      makeRecord({ createdAt: local(2026, 1, 28), category: 'human', factor: null, correction: { kind: 'dismissed' } }),
    ]);
    expect(actual).toEqual({
      weeks: ['2026-01-05', '2026-01-12', '2026-01-19'],
      counts: { process: [2, 0, 0], systems: [0, 0, 0], human: [0, 0, 1], none: [1, 0, 0] },
    });
  });

  it('is empty without records, and walks Mondays across a daylight-saving change', () => {
    expect(weeklyByCategory([])).toEqual({ weeks: [], counts: { process: [], systems: [], human: [], none: [] } });
    const weeks = weeklyByCategory([makeRecord({ createdAt: local(2026, 3, 20) }), makeRecord({ createdAt: local(2026, 4, 10) })]).weeks;
    expect(weeks).toEqual(['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06']);
  });
});

describe('factorPareto', () => {
  it('sorts factors by count with a cumulative percentage, ties by name', () => {
    const records = [
      ...Array.from({ length: 3 }, () => makeRecord({ category: 'process', factor: 'too_slow' })),
      makeRecord({ category: 'human', factor: 'training' }),
      makeRecord({ category: 'systems', factor: 'strategic' }),
      makeRecord({ category: 'systems', factor: null }),
      makeRecord({ category: 'human', factor: 'training', correction: { kind: 'dismissed' } }),
    ];
    expect(factorPareto(records)).toEqual([
      { factor: 'too_slow', category: 'process', count: 3, cumulativePercent: 60 },
      { factor: 'strategic', category: 'systems', count: 1, cumulativePercent: 80 },
      { factor: 'training', category: 'human', count: 1, cumulativePercent: 100 },
    ]);
  });
});

describe('signalMix, recoveryRate, changeFollowThrough', () => {
  const records = [
    makeRecord({ signal: 'great_but', outcome: 'recovered', recommendedChange: 'x', changeStatus: 'done' }),
    makeRecord({ signal: 'great_but', outcome: 'recovered', recommendedChange: ' ', changeStatus: 'open' }),
    makeRecord({ signal: 'passive', outcome: 'lost', recommendedChange: 'y', changeStatus: 'in_progress' }),
    makeRecord({ signal: 'passive', correction: { kind: 'corrected', signal: 'churn_risk' }, outcome: 'pending' }),
    makeRecord({ signal: 'passive', correction: { kind: 'dismissed' }, outcome: 'lost' }),
  ];

  it('counts the reviewed signal', () => {
    expect(signalMix(records)).toEqual({ great_but: 2, frustrated_retained: 0, passive: 1, churn_risk: 1 });
  });

  it('rates recovery over decided outcomes only', () => {
    expect(recoveryRate(records)).toEqual({ recovered: 2, lost: 1, pending: 1, ratePercent: 66.7 });
    expect(recoveryRate([makeRecord({ outcome: 'pending' })]).ratePercent).toBeNull();
  });

  it('counts change status for records that name a change', () => {
    expect(changeFollowThrough(records)).toEqual({ open: 1, in_progress: 1, done: 1 });
  });
});
