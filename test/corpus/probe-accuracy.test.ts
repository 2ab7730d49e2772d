// Floors on the probe sets: realistic tweets to airlines and brands, review sentences and support
// chats, labelled by people who did not look at the detector (see each set's provenance below).
// Floors sit a little below the figures measured with DETECTOR_VERSION en-1.3.0
// (`npx tsx test/corpus/probe.ts`); they catch regressions, they are not targets.
//
// Provenance, so the figures are read for what they are:
//   probe-en   (205) tuned on its tune half in en-1.1.0, on both halves in en-1.2.0
//   probe2-en  (245) written for en-1.2.0; its errors were looked at and fixed
//   probe3-en  (225) first measured unseen (near-miss F1 0.77, churn F1 0.66), then its errors were fixed
//   probe4-en  (203) airline/brand tweets and review sentences, measured UNSEEN at en-1.2.0 and not
//                    tuned on: the best estimate of held-out real data. Keep it unseen: do not fix
//                    its errors; write a fresh set for the next round instead. (At en-1.3.0 its churn
//                    F1 went from 0.83 to 0.85: a rule written for probe8's misses, "giving my money
//                    to", also caught one of its messages; its own errors were still not looked at.)
//   probe5-en  (200) tweets and review sentences; first measured unseen (near-miss F1 0.77, churn F1
//                    0.63), then its errors were fixed
//   probe6-en  (200) tweets and review sentences; first measured unseen (near-miss F1 0.79, churn F1
//                    0.81), then its errors were fixed
//   probe7-en  (202) airline/brand tweets and review sentences, measured UNSEEN with the final en-1.2.0
//                    and not tuned on (near-miss F1 0.86, churn F1 0.74): keep it unseen too
//   probe8-en  (200) tweets, review sentences and chats; first measured unseen with en-1.2.0 (near-miss
//                    F1 0.90, churn F1 0.80, false alarms 1.3%), then its churn misses were fixed in
//                    en-1.3.0 (giving business to, "membership cancelled", "next phone won't be a ...",
//                    "getting X instead", "thinking about cancelling", "cancel my line")
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { loadCorpus, score } from './metrics';

interface Floors {
  nearMissF1: number;
  churnF1: number;
  precision: number; // every class
  falseAlarms: number; // praise, complaints and neutral, each
}

const SETS: Record<string, Floors> = {
  'probe-en.jsonl': { nearMissF1: 0.95, churnF1: 0.95, precision: 0.95, falseAlarms: 0.05 }, // measured 0.99 / 1.00 / 1.00 / 0
  'probe2-en.jsonl': { nearMissF1: 0.9, churnF1: 0.88, precision: 0.93, falseAlarms: 0.05 }, // measured 0.93 / 0.91 / 0.97 / 0
  'probe3-en.jsonl': { nearMissF1: 0.9, churnF1: 0.88, precision: 0.92, falseAlarms: 0.1 }, // measured 0.94 / 0.92 / 0.95 / 0.067
  'probe4-en.jsonl': { nearMissF1: 0.8, churnF1: 0.78, precision: 0.95, falseAlarms: 0.05 }, // measured 0.83 / 0.85 / 1.00 / 0 (never tuned on)
  'probe5-en.jsonl': { nearMissF1: 0.88, churnF1: 0.9, precision: 0.9, falseAlarms: 0.08 }, // measured 0.93 / 0.94 / 0.96 / 0.04
  'probe6-en.jsonl': { nearMissF1: 0.86, churnF1: 0.92, precision: 0.9, falseAlarms: 0.08 }, // measured 0.91 / 0.97 / 0.96 / 0.04
  // en-1.4.0: a staying cue with a milder complaint now flags; here it reads one conditional threat ("one
  // more rebooking like this and I'm taking my status to <rival>") as frustrated-retained, so the
  // frustrated-retained precision is 21/23 = 0.91 (was 0.95); its near-miss F1 rose to 0.88
  'probe7-en.jsonl': { nearMissF1: 0.82, churnF1: 0.7, precision: 0.9, falseAlarms: 0.08 }, // measured 0.86 / 0.74 / 0.95 / 0.04 (never tuned on)
  'probe8-en.jsonl': { nearMissF1: 0.87, churnF1: 0.88, precision: 0.92, falseAlarms: 0.05 }, // measured 0.90 / 0.93 / 0.93 / 0.038
};

for (const [file, floors] of Object.entries(SETS)) {
  describe(`detector accuracy on ${file}`, () => {
    const set = loadCorpus(file);
    const s = score(set, (t) => detect(t).signal);

    it('has every class and every kind of non-flag', () => {
      expect(set.length).toBeGreaterThanOrEqual(200);
      for (const c of ['great_but', 'frustrated_retained', 'passive', 'churn_risk']) expect(set.filter((e) => e.label === c).length).toBeGreaterThanOrEqual(20);
      for (const t of ['praise', 'complaint', 'neutral']) expect(set.filter((e) => e.subtype === t).length).toBeGreaterThanOrEqual(10);
    });

    it(`near-miss F1 >= ${floors.nearMissF1}, churn-risk F1 >= ${floors.churnF1}`, () => {
      expect(s.nearMiss.f1).toBeGreaterThanOrEqual(floors.nearMissF1);
      expect(s.churn.f1).toBeGreaterThanOrEqual(floors.churnF1);
    });

    it(`precision of every class >= ${floors.precision}`, () => {
      for (const [cls, p] of Object.entries(s.perClass)) expect(p.precision, cls).toBeGreaterThanOrEqual(floors.precision);
    });

    it(`false alarms on plain praise, complaints and neutral messages <= ${floors.falseAlarms}`, () => {
      expect(s.falseAlarm.praise).toBeLessThanOrEqual(floors.falseAlarms);
      expect(s.falseAlarm.complaint).toBeLessThanOrEqual(floors.falseAlarms);
      expect(s.falseAlarm.neutral).toBeLessThanOrEqual(floors.falseAlarms);
    });
  });
}
