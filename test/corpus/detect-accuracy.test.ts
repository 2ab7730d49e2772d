// Accuracy floors on the labelled corpus (test/corpus/en.jsonl). Floors sit a little below what the
// detector measures on the whole corpus (see the figures in the comments, measured with
// `npm run bench:detect`), so a regression fails here; they are not targets.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { loadCorpus, score } from './metrics';

const corpus = loadCorpus();
const all = score(corpus, (t) => detect(t).signal);

// [precision floor, recall floor] per class; measured values in the comments (whole corpus, 487 messages)
const FLOORS = {
  great_but: [0.88, 0.72], // measured P 0.94 R 0.79
  frustrated_retained: [0.93, 0.82], // measured P 1.00 R 0.87
  passive: [0.92, 0.9], // measured P 0.98 R 0.97
  churn_risk: [0.95, 0.88], // measured P 1.00 R 0.93
} as const;
const NEAR_MISS_F1_FLOOR = 0.88; // measured 0.94
const CHURN_F1_FLOOR = 0.9; // measured 0.97
const FALSE_ALARM_CEILING = 0.05; // measured 0.004 (acceptance asks for <= 0.10 on real data)

describe('detector accuracy on the labelled corpus', () => {
  it('has every class, with null split by subtype', () => {
    const count = (f: (e: (typeof corpus)[number]) => boolean): number => corpus.filter(f).length;
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    for (const c of Object.keys(FLOORS)) expect(count((e) => e.label === c)).toBeGreaterThanOrEqual(50);
    for (const s of ['praise', 'complaint', 'neutral']) expect(count((e) => e.label === null && e.subtype === s)).toBeGreaterThanOrEqual(50);
    expect(count((e) => e.split === 'heldout')).toBeGreaterThanOrEqual(100);
  });

  for (const [cls, [p, r]] of Object.entries(FLOORS)) {
    it(`${cls}: precision >= ${p}, recall >= ${r}`, () => {
      const actual = all.perClass[cls as keyof typeof FLOORS];
      expect(actual.precision).toBeGreaterThanOrEqual(p);
      expect(actual.recall).toBeGreaterThanOrEqual(r);
    });
  }

  it(`near-miss F1 (three kinds as one class) >= ${NEAR_MISS_F1_FLOOR}`, () => {
    expect(all.nearMiss.f1).toBeGreaterThanOrEqual(NEAR_MISS_F1_FLOOR);
  });

  it(`churn-risk F1 >= ${CHURN_F1_FLOOR}`, () => {
    expect(all.churn.f1).toBeGreaterThanOrEqual(CHURN_F1_FLOOR);
  });

  it(`false alarms on plain praise, complaints and neutral messages <= ${FALSE_ALARM_CEILING}`, () => {
    expect(all.falseAlarm.praise).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
    expect(all.falseAlarm.complaint).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
    expect(all.falseAlarm.neutral).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
  });
});
