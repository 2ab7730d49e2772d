// Child process of detect.bench.ts: how fast a contender is in a fresh process, before the JavaScript
// engine has optimised it: the regime of a ticket's first few hundred messages after the background
// worker (re)starts. One call on a short text first, so loading and the lexicon's decoding are not
// counted (AFINN's table is loaded by require()). Prints {"first": msgs/s of the first pass over
// the texts, "next": msgs/s over passes 2..10}.
// Run by detect.bench.ts: tsx test/bench/detect-cold.ts <ours|afinn> [labelled set file]; with no
// file, the texts are the probe sets'.
import { createRequire } from 'node:module';
import { detect } from '../../lib/detect';
import { loadLabelledSet } from '../corpus/labelled-set';
import { probeTexts } from './probes';

const require = createRequire(import.meta.url);
const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } };
const afinn = new Sentiment();
const fn: (t: string) => unknown = process.argv[2] === 'afinn' ? (t) => afinn.analyze(t).score : (t) => detect(t).signal;
const setFile = process.argv[3];
const texts = setFile ? loadLabelledSet(setFile).map((m) => m.text) : probeTexts();
let sink = 0;
sink += fn('thanks for the quick reply') ? 1 : 0;
const pass = (times: number): number => {
  const start = process.hrtime.bigint();
  for (let p = 0; p < times; p++) for (const t of texts) sink += fn(t) ? 1 : 0;
  return (times * texts.length) / (Number(process.hrtime.bigint() - start) / 1e9);
};
const first = pass(1);
const next = pass(9);
console.log(JSON.stringify({ first, next, sink }));
