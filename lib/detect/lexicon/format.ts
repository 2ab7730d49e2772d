// Compact storage of a Lexicon (types.ts): each language file keeps its tables as short strings,
// decoded once into the plain `Lexicon` shape the engine compiles. Formats:
//   pairs   `key=value,key=value`             (normalize, merge; values may hold spaces)
//   groups  one group a line: `value: word word ...`; a line starting with a space continues the
//           group above (polarity, emoji, intensifiers, contrast; categories use `category factor:`)
//   words   space-separated (negators, classes)
//   verbs   `word word: family r<relationship> t<toOther> b<bare> n<negatedIsLeave> a<obj+obj>`
//   phrases `=tag` or `=tag;default reason` starts a run of rules of that tag; then one rule a line:
//           `match;weight;flags;reason` with flags n (negatable), p (personal), x (needsNegative), s (impliesSatisfied),
//           q (mayRequest), e (setsAside), m (mildPraise), d (namesDisruption), i (impliesTrouble),
//           g (grantsCause);
//           trailing empty fields may be left out; an empty reason is the run's default and a
//           reason starting with ":" is appended to it; ids are `tag.<n>` in lexicon order
import type { Category, CueTag, IntentVerb, Lexicon, PhraseRule } from '../types';

export interface CompactLexicon {
  language: string;
  normalize: string;
  merge: string;
  polarity: string;
  emoji: string;
  negators: string;
  intensifiers: string;
  contrast: string;
  classes: Readonly<Record<string, string>>;
  intentVerbs: string;
  phrases: string;
  categories: string;
  numbers: Readonly<Record<string, number>>;
  reasons: Readonly<Record<string, string>>;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

function pairs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of s.split(',')) {
    const t = e.trim();
    const i = t.indexOf('=');
    if (i > 0) out[t.slice(0, i)] = t.slice(i + 1);
  }
  return out;
}

function groups<V>(s: string, value: (key: string) => V): Record<string, V> {
  const out: Record<string, V> = {};
  let v: V | undefined;
  for (const line of s.split('\n')) {
    if (!line.trim()) continue;
    let rest = line;
    if (line.charCodeAt(0) !== 32) {
      const i = line.indexOf(': ');
      v = value(line.slice(0, i));
      rest = line.slice(i + 2);
    }
    for (const w of words(rest)) out[w] = v as V;
  }
  return out;
}

const VERB_FIELDS: Readonly<Record<string, 'relationship' | 'toOther' | 'bare' | 'negatedIsLeave'>> = {
  r: 'relationship',
  t: 'toOther',
  b: 'bare',
  n: 'negatedIsLeave',
};

function verbs(s: string): Record<string, IntentVerb> {
  return groups(s, (key) => {
    const [family = '', ...fields] = words(key);
    const v: { -readonly [K in keyof IntentVerb]: IntentVerb[K] } = { family };
    for (const f of fields) {
      const k = f.charAt(0);
      if (k === 'a') v.alsoObjects = f.slice(1).split('+');
      else v[VERB_FIELDS[k]!] = Number(f.slice(1));
    }
    return v;
  });
}

function phrases(s: string): PhraseRule[] {
  const out: PhraseRule[] = [];
  let tag = '' as CueTag;
  let byDefault = '';
  const count: Partial<Record<string, number>> = {}; // rule ids: tag.1, tag.2 ... in lexicon order
  for (const line of s.split('\n')) {
    if (!line) continue;
    if (line.charAt(0) === '=') {
      [tag, byDefault = ''] = line.slice(1).split(';') as [CueTag, string?];
      continue;
    }
    const [match = '', weight = '0', flags = '', ...rest] = line.split(';');
    // "rule;" with nothing after it decodes to weight 0 and silently never flags: a broken line
    if (weight.trim() === '' || !Number.isFinite(Number(weight))) throw new Error(`phrase rule "${line}" has no valid weight`);
    const reason = rest.join(';');
    const r: PhraseRule = {
      id: `${tag}.${(count[tag] = (count[tag] ?? 0) + 1)}`,
      match,
      tag,
      weight: Number(weight),
      reason: !reason ? byDefault : reason.charAt(0) === ':' ? byDefault + reason : reason,
    };
    if (flags.includes('n')) r.negatable = true;
    if (flags.includes('p')) r.personal = true;
    if (flags.includes('x')) r.needsNegative = true;
    if (flags.includes('s')) r.impliesSatisfied = true;
    if (flags.includes('q')) r.mayRequest = true;
    if (flags.includes('e')) r.setsAside = true;
    if (flags.includes('m')) r.mildPraise = true;
    if (flags.includes('d')) r.namesDisruption = true;
    if (flags.includes('i')) r.impliesTrouble = true;
    if (flags.includes('g')) r.grantsCause = true;
    out.push(r);
  }
  return out;
}

const num = (k: string): number => Number(k);

export function decodeLexicon(c: CompactLexicon): Lexicon {
  const classes: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(c.classes)) classes[k] = words(v);
  return {
    language: c.language,
    normalize: pairs(c.normalize),
    merge: pairs(c.merge),
    polarity: groups(c.polarity, num),
    emoji: groups(c.emoji, (k) => (k === 'sarcasm' ? k : Number(k))),
    negators: words(c.negators),
    intensifiers: groups(c.intensifiers, num),
    contrast: groups(c.contrast, (k) => k as 'after' | 'before'),
    classes,
    phrases: phrases(c.phrases),
    intentVerbs: verbs(c.intentVerbs),
    categories: groups(c.categories, (k) => words(k) as [Category, string]),
    numbers: c.numbers,
    reasons: c.reasons,
  };
}
