// Team-specific cues (DetectOptions) compiled once per options object and cached, so passing the
// same options object on every message costs one WeakMap lookup.
import type { Extension } from './engine/engine';
import { compileRules, type CompiledLexicon } from './compile';
import type { Category, CueTag, DetectOptions, PhraseRule, Signal } from './types';

// Extra team phrases get a mid-strong weight: enough to flag on their own at 'balanced' (0.6).
const EXTRA_WEIGHT = 0.7;
const SIGNAL_TAG: Readonly<Record<Signal, CueTag>> = {
  churn_risk: 'leave',
  frustrated_retained: 'stay',
  great_but: 'suggest',
  passive: 'lukewarm',
};
const SIGNAL_REASON: Readonly<Record<Signal, string>> = {
  churn_risk: 'team cue: threat to leave',
  frustrated_retained: 'team cue: signals they are staying',
  great_but: 'team cue: names something to improve',
  passive: 'team cue: lukewarm',
};

const cache = new WeakMap<object, WeakMap<CompiledLexicon, Extension | null>>();

function toMatch(phrase: string): string {
  // lower case, one slot per word; keep `*` wildcards, drop characters the tokenizer would split on
  return phrase
    .toLowerCase()
    .replace(/[^\p{L}\p{N}*'\s-]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

export function extensionFor(options: DetectOptions | undefined, lx: CompiledLexicon): Extension | null {
  if (!options || (!options.productNames && !options.competitors && !options.extraCues)) return null;
  let perLx = cache.get(options);
  if (!perLx) {
    perLx = new WeakMap();
    cache.set(options, perLx);
  }
  if (perLx.has(lx)) return perLx.get(lx) ?? null;
  const rules: PhraseRule[] = [];
  const categoryRules: { rule: PhraseRule; category: Category }[] = [];
  for (const [sig, phrases] of Object.entries(options.extraCues?.signals ?? {}) as [Signal, readonly string[]][]) {
    for (const p of phrases) {
      const match = toMatch(p);
      if (match && !match.startsWith('*')) rules.push({ id: `team.${sig}`, match, tag: SIGNAL_TAG[sig], weight: EXTRA_WEIGHT, reason: SIGNAL_REASON[sig] });
    }
  }
  const addCategory = (p: string, category: Category, id: string): void => {
    const match = toMatch(p);
    if (match && !match.startsWith('*')) categoryRules.push({ rule: { id, match, tag: 'neutral', weight: 0, reason: `team cue: ${category}` }, category });
  };
  for (const [cat, phrases] of Object.entries(options.extraCues?.categories ?? {}) as [Category, readonly string[]][]) {
    for (const p of phrases) addCategory(p, cat, `team.category.${cat}`);
  }
  for (const [name, cat] of Object.entries(options.productNames ?? {})) addCategory(name, cat, 'team.product');
  // Rules of the team come after the built-in ones in tie-breaks.
  const base = 100000;
  const index = compileRules(rules, lx.classes, null, base);
  for (const [i, { rule, category }] of categoryRules.entries()) {
    const one = compileRules([rule], lx.classes, null, base + rules.length + i, category);
    for (const [w, list] of one.byWord) {
      const cur = index.byWord.get(w);
      if (cur) cur.push(...list);
      else index.byWord.set(w, list);
    }
    index.byNum.push(...one.byNum);
  }
  const ext: Extension = {
    index: index.byWord.size || index.byNum.length ? index : null,
    competitors: new Set((options.competitors ?? []).map((c) => c.toLowerCase())),
  };
  perLx.set(lx, ext);
  return ext;
}
