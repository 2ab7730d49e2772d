// Accuracy and throughput of our detector against the near-miss rule a user would build from a
// generic sentiment score (AFINN `sentiment`, `vader-sentiment`, `wink-sentiment`), in ONE run on
// the same corpus. Prints figures; asserts nothing. Run: npm run bench:detect
import { createRequire } from 'node:module';
import { detect } from '../../lib/detect';
import { CLASSES, formatScores, loadCorpus, score, type Label } from '../corpus/metrics';

const require = createRequire(import.meta.url);
type Scorer = (text: string) => number;
const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } };
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } };
const wink = require('wink-sentiment') as (t: string) => { score: number; normalizedScore: number };

const afinn = new Sentiment();
const afinnScore: Scorer = (t) => afinn.analyze(t).score;
const vaderScore: Scorer = (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
const winkScore: Scorer = (t) => wink(t).normalizedScore;

// The rule a user would naturally build from a sentiment score: split at contrast words; polarity
// on both sides -> near miss (great_but when the first clause is the positive one, else
// frustrated_retained); small non-negative overall -> passive; anything else -> null. Peers have
// no notion of leaving, so they never predict churn. Thresholds are in each scorer's own units:
// AFINN and wink sum word scores (a single "good" is +3/+2), VADER's compound is in -1..1.
const CONTRAST = /\b(?:but|although|however|though|except|yet)\b/i;
interface Units {
  pos: number; // a clause at or above this is positive
  neg: number; // at or below this is negative
  passiveMax: number; // overall in [0, passiveMax] -> passive
}
function peerRule(scorer: Scorer, u: Units): (text: string) => Label {
  return (text) => {
    const parts = text.split(CONTRAST).filter((p) => p.trim());
    if (parts.length > 1) {
      const scores = parts.map(scorer);
      const first = scores[0] ?? 0;
      const hasPos = scores.some((s) => s >= u.pos);
      const hasNeg = scores.some((s) => s <= u.neg);
      if (hasPos && hasNeg) return first >= u.pos ? 'great_but' : 'frustrated_retained';
    }
    const overall = scorer(text);
    if (overall >= 0 && overall <= u.passiveMax && overall !== 0) return 'passive';
    return null; // strongly negative (complaint), clearly positive (praise) or neutral
  };
}

const peers: { name: string; rule: (t: string) => Label; raw: Scorer }[] = [
  { name: 'AFINN sentiment', rule: peerRule(afinnScore, { pos: 2, neg: -2, passiveMax: 2 }), raw: afinnScore },
  { name: 'vader-sentiment', rule: peerRule(vaderScore, { pos: 0.3, neg: -0.3, passiveMax: 0.3 }), raw: vaderScore },
  { name: 'wink-sentiment', rule: peerRule(winkScore, { pos: 2, neg: -2, passiveMax: 2 }), raw: winkScore },
];

const corpus = loadCorpus();
const texts = corpus.map((e) => e.text);

function throughput(fn: (t: string) => unknown): number {
  // warm up the JIT, then time whole passes until ~1.5 s have elapsed; best of 3 rounds
  let sink = 0;
  for (let w = 0; w < 20; w++) for (const t of texts) sink += fn(t) ? 1 : 0;
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let count = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < 0.5) {
      for (const t of texts) sink += fn(t) ? 1 : 0;
      count += texts.length;
      elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    }
    best = Math.max(best, count / elapsed);
  }
  if (sink === -1) console.log(''); // keep the work observable
  return best;
}

const ours = (t: string): Label => detect(t).signal;
console.log(`Corpus: ${corpus.length} messages (${corpus.filter((e) => e.split === 'dev').length} dev, ${corpus.filter((e) => e.split === 'heldout').length} held-out)\n`);
const results: { name: string; f1: Record<string, number>; nm: number; churn: number; fa: number }[] = [];
for (const [name, rule] of [['near-miss detector (ours)', ours] as const, ...peers.map((p) => [p.name + ' + rule', p.rule] as const)]) {
  const s = score(corpus, rule);
  console.log(formatScores(name, s) + '\n');
  results.push({
    name,
    f1: Object.fromEntries(CLASSES.map((c) => [c, s.perClass[c].f1])),
    nm: s.nearMiss.f1,
    churn: s.churn.f1,
    fa: s.falseAlarm.all,
  });
}
const heldout = corpus.filter((e) => e.split === 'heldout');
const h = score(heldout, ours);
console.log(formatScores('ours, held-out split only', h) + '\n');

console.log('F1 table (whole corpus)');
console.log(`  ${'detector'.padEnd(26)} ${CLASSES.map((c) => c.slice(0, 12).padStart(12)).join(' ')}  near-miss      churn  false-alarm`);
for (const r of results) {
  console.log(
    `  ${r.name.padEnd(26)} ${CLASSES.map((c) => ((r.f1[c] ?? 0) * 100).toFixed(1).padStart(12)).join(' ')}  ${(r.nm * 100).toFixed(1).padStart(9)}  ${(r.churn * 100).toFixed(1).padStart(9)}  ${(r.fa * 100).toFixed(1).padStart(10)}%`,
  );
}

console.log('\nThroughput (messages per second, same corpus, same run)');
const oursRate = throughput(ours);
console.log(`  ${'ours (detect)'.padEnd(34)} ${Math.round(oursRate).toLocaleString('en-US').padStart(12)}`);
for (const p of peers) {
  const ruleRate = throughput(p.rule);
  const rawRate = throughput(p.raw);
  console.log(`  ${(p.name + ' + rule').padEnd(34)} ${Math.round(ruleRate).toLocaleString('en-US').padStart(12)}   ours/peer ${(oursRate / ruleRate).toFixed(2)}x`);
  console.log(`  ${(p.name + ' raw score').padEnd(34)} ${Math.round(rawRate).toLocaleString('en-US').padStart(12)}   ours/peer ${(oursRate / rawRate).toFixed(2)}x`);
}
