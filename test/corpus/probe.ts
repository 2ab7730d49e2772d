// Prints the detector's figures on the probe set (test/corpus/probe-en.jsonl), per half. The tune
// half may be looked at while fixing gaps; the check half is the estimate for real held-out data.
// Run: npx tsx test/corpus/probe.ts [--errors tune|check]
import { detect } from '../../lib/detect';
import { formatScores, loadCorpus, score } from './metrics';

const probe = loadCorpus('probe-en.jsonl');
const showErrors = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;
for (const split of ['tune', 'check'] as const) {
  const half = probe.filter((e) => e.split === split);
  const s = score(half, (t) => detect(t).signal);
  console.log(formatScores(`probe ${split} half (${half.length} messages)`, s) + '\n');
  if (showErrors === split) for (const e of s.errors) console.log(`  want ${String(e.label).padEnd(20)} got ${String(e.predicted).padEnd(20)} ${e.text}`);
}
