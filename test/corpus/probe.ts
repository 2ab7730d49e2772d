// Prints the detector's figures on every probe set (see probe-accuracy.test.ts for their provenance).
// probe4-en and probe7-en are unseen estimates: do not fix their errors; write a fresh set instead.
// Run: npx tsx test/corpus/probe.ts [--errors <file>]
import { detect } from '../../lib/detect';
import { formatScores, loadCorpus, score } from './metrics';

const FILES = ['probe-en.jsonl', 'probe2-en.jsonl', 'probe3-en.jsonl', 'probe4-en.jsonl', 'probe5-en.jsonl', 'probe6-en.jsonl', 'probe7-en.jsonl', 'probe8-en.jsonl'];
const showErrors = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;
for (const file of FILES) {
  const set = loadCorpus(file);
  const s = score(set, (t) => detect(t).signal);
  console.log(formatScores(`${file} (${set.length} messages)`, s) + '\n');
  if (showErrors === file) for (const e of s.errors) console.log(`  want ${String(e.label).padEnd(20)} got ${String(e.predicted).padEnd(20)} ${e.text}`);
}
