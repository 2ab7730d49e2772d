// Runs the engine of this tree and the detector of an earlier commit (default: the last one with
// the previous engine, lib/detect/analyze.ts) on the whole corpus, the strings of the unit tests and
// variants of each (upper/lower case, first and second half, with a rating, a tenure or a threat
// added, newlines), under every sensitivity and with team options, and lists every difference in
// the Detection they return. The earlier detector is taken from git into a temporary folder.
// Run: npx tsx lib/detect/engine/compare.ts [commit]   (NEAR_MISS_COMPARE_TEXTS=file adds one text per line)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getLexicon } from '../lexicons';
import { extensionFor } from '../options';
import type { Detection, DetectOptions } from '../types';
import { analyze } from './engine';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');

export function inputs(): string[] {
  const out = new Set<string>();
  for (const file of readdirSync(join(root, 'test/corpus')).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(root, 'test/corpus', file), 'utf8').split('\n')) if (line.trim()) out.add((JSON.parse(line) as { text: string }).text);
  }
  // more real text to compare on (one message per line), e.g. a public data set kept outside the repo
  const extra = process.env.NEAR_MISS_COMPARE_TEXTS;
  if (extra) for (const line of readFileSync(extra, 'utf8').split('\n')) if (line.trim()) out.add(line.trim());
  const dir = join(here, '..');
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.test.ts')) continue;
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(/(['"`])((?:\\.|(?!\1).){6,})\1/g)) out.add(m[2]!.replace(/\\(.)/g, '$1'));
  }
  const base = [...out];
  for (const t of base) {
    out.add(t.toUpperCase());
    out.add(t.toLowerCase());
    out.add(t.slice(0, t.length >> 1));
    out.add(t.slice(t.length >> 1));
    out.add(t + ' 8/10');
    out.add(t + ' Customer for 9 years.');
    out.add('Loyal member since 2012, ' + t);
    out.add(t + ' If this is not fixed I am cancelling my account.');
    out.add(t + '!!! AGAIN');
    out.add(t.replace(/\s+/g, '\n'));
  }
  out.add('');
  return [...out];
}

const OPTIONS: (DetectOptions | undefined)[] = [
  undefined,
  { sensitivity: 'precise' },
  { sensitivity: 'sensitive' },
  {
    extraCues: { signals: { churn_risk: ['porting my number'], passive: ['meh * ok'] }, categories: { process: ['hold music'] } },
    productNames: { 'Acme Sync': 'systems', Export: 'systems' },
    competitors: ['FooBank', 'Delta'],
  },
];

export interface Difference {
  text: string;
  options: string;
  old: unknown;
  new: unknown;
}

type Detect = (text: string, options?: DetectOptions) => Detection;

export function compare(texts: readonly string[], old: Detect): Difference[] {
  const lx = getLexicon('en');
  const diffs: Difference[] = [];
  for (const o of OPTIONS) {
    const ext = extensionFor(o, lx);
    const sens = o?.sensitivity ?? 'balanced';
    for (const t of texts) {
      const a = JSON.stringify(old(t, o));
      const b = JSON.stringify(analyze(t, lx, ext, sens));
      if (a !== b) diffs.push({ text: t, options: JSON.stringify(o ?? {}), old: JSON.parse(a), new: JSON.parse(b) });
    }
  }
  return diffs;
}

/** detect() of lib/detect at an earlier commit. */
async function detectAt(commit: string): Promise<{ detect: Detect; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'detect-'));
  const tar = execFileSync('git', ['archive', commit, 'lib/detect'], { cwd: root, maxBuffer: 1 << 26 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  const mod = (await import(pathToFileURL(join(dir, 'lib/detect/index.ts')).href)) as { detect: Detect };
  return { detect: mod.detect, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

// the last commit whose detect() ran the previous engine (lib/detect/analyze.ts)
const PREVIOUS_ENGINE = '12ff260';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const commit = process.argv[2] ?? PREVIOUS_ENGINE;
  const { detect, dispose } = await detectAt(commit);
  try {
    const texts = inputs();
    const diffs = compare(texts, detect);
    console.log(`${texts.length} inputs x ${OPTIONS.length} option sets; ${diffs.length} differences from ${commit}`);
    for (const d of diffs.slice(0, 30)) console.log(JSON.stringify(d));
  } finally {
    dispose();
  }
}
