// Floors on the CHECK half of the probe set (test/corpus/probe-en.jsonl): realistic tweets to airlines
// and brands and review sentences, labelled and split into tune/check halves before the detector was
// measured on them. Fixes were made looking at the tune half only, so the check half is the best
// estimate we have of real held-out data. Floors sit a little below the measured figures (comments,
// DETECTOR_VERSION en-1.1.0; `npx tsx test/corpus/probe.ts`); they are not targets.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { loadCorpus, score } from './metrics';

const check = loadCorpus('probe-en.jsonl').filter((e) => e.split === 'check');
const s = score(check, (t) => detect(t).signal);

// [precision floor, recall floor] per class (check half, 100 messages)
const FLOORS = {
  great_but: [0.9, 0.68], // measured P 1.00 R 0.73 (n=22)
  frustrated_retained: [0.9, 0.75], // measured P 1.00 R 0.83 (n=12)
  passive: [0.9, 0.83], // measured P 1.00 R 0.92 (n=12)
  churn_risk: [0.9, 0.42], // measured P 1.00 R 0.50 (n=14): the weakest class on realistic phrasing
} as const;
const NEAR_MISS_F1_FLOOR = 0.85; // measured 0.89
const CHURN_F1_FLOOR = 0.6; // measured 0.67
const FALSE_ALARM_CEILING = 0.08; // measured 0 of 40 (14 praise, 16 complaints, 10 neutral)

describe('detector accuracy on the probe check half', () => {
  it('has every class and both halves', () => {
    expect(check.length).toBeGreaterThanOrEqual(90);
    for (const c of Object.keys(FLOORS)) expect(check.filter((e) => e.label === c).length).toBeGreaterThanOrEqual(10);
    for (const t of ['praise', 'complaint', 'neutral']) expect(check.filter((e) => e.subtype === t).length).toBeGreaterThanOrEqual(10);
  });

  for (const [cls, [p, r]] of Object.entries(FLOORS)) {
    it(`${cls}: precision >= ${p}, recall >= ${r}`, () => {
      const actual = s.perClass[cls as keyof typeof FLOORS];
      expect(actual.precision).toBeGreaterThanOrEqual(p);
      expect(actual.recall).toBeGreaterThanOrEqual(r);
    });
  }

  it(`near-miss F1 >= ${NEAR_MISS_F1_FLOOR}, churn-risk F1 >= ${CHURN_F1_FLOOR}`, () => {
    expect(s.nearMiss.f1).toBeGreaterThanOrEqual(NEAR_MISS_F1_FLOOR);
    expect(s.churn.f1).toBeGreaterThanOrEqual(CHURN_F1_FLOOR);
  });

  it(`false alarms on plain praise, complaints and neutral messages <= ${FALSE_ALARM_CEILING}`, () => {
    expect(s.falseAlarm.praise).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
    expect(s.falseAlarm.complaint).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
    expect(s.falseAlarm.neutral).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
  });
});
