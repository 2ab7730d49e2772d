// Precompiles a Lexicon (plain data) into Maps, Sets and phrase indexes once, at module load or on
// first use of a team's options, so detect() does only Map/Set lookups per token.
import type { Category, CueTag, IntentVerb, Lexicon, PhraseRule } from './types';

export interface Slot {
  words: Set<string> | null;
  /** The same words by WordInfo.id, sorted, for those that have a lexicon entry (set for the
   *  lexicon's own rules; a token with an entry is matched by id, not by a string hash)... */
  ids: Int32Array | null;
  /** ...and the words that have none, matched by string against tokens without an entry. */
  rest: Set<string> | null;
  any: boolean; // `*`
  gap: boolean; // `**`
  end: boolean; // `$`
  num: boolean; // `#num`
  opt: boolean; // `slot?`
}

export interface CompiledRule {
  rule: PhraseRule;
  slots: Slot[];
  /** Position in the rule list: earlier wins ties between overlapping phrases. */
  order: number;
  /** Set for team cues that point at a root cause. */
  category?: Category;
  /** Words one of which must come next (after optional slots, the first required word slot), or null. */
  next: Set<string> | null;
  /** The second slot is a plain required word slot: once the next word is known to fit, match from slot 3. */
  skip2: boolean;
  /** QUICK bits of a hit (team category cues count as FLAGGY: they are never skipped). */
  quick: number;
}

export interface PhraseIndex {
  byWord: Map<string, CompiledRule[]>;
  byNum: CompiledRule[];
}

/** Word classes the engine tests per token, as bits of WordInfo.bits. */
export const ENGINE_CLASSES = [
  'fp', 'thirdPerson', 'intent', 'relObj', 'txObj', 'providerNoun', 'other', 'bareEnd', 'notBrand', 'tenureRel',
  'tenureVerb', 'tenureUnit', 'youRef', 'ratingNoun', 'ratingVerb', 'questionStart', 'statementAfterAux', 'brand', 'recur', 'recurOk',
  'asking', 'gratitude', 'relief', 'grace',
] as const;
export type EngineClass = (typeof ENGINE_CLASSES)[number];
export const BIT = Object.fromEntries(ENGINE_CLASSES.map((c, i) => [c, 1 << i])) as Record<EngineClass, number>;

/** Everything the engine needs about one word, found with a single Map lookup per token. */
export interface WordInfo {
  pol: number;
  bits: number;
  cat: readonly [Category, string] | null;
  verb: IntentVerb | null;
  intens: number;
  /** 1: 'after' ("but"), 2: 'before' ("although"). */
  contrast: number;
  neg: boolean;
  num: number;
  /** Shorthand or contraction: the words it stands for ("u" -> you, "im" -> i am). */
  rep: { norm: string; info: WordInfo | undefined }[] | null;
  /** Phrase rules starting with this word. */
  rules: CompiledRule[] | null;
  /** The same rules split for matching: whether some need a given next word (those are found in
   *  CompiledLexicon's pair table by the ids of both words)... */
  startsPairs: boolean;
  /** ...and those that do not (their second slot is optional, a wildcard, a number or the end). */
  rulesAnyNext: CompiledRule[] | null;
  /** Last word of a `merge` key: look at the tokens before. */
  mergeSecond: boolean;
  /** Position in CompiledLexicon.words: the pair table is keyed by the ids of a rule's first and next
   *  word (every word a rule needs next has an entry, so an unknown next word has no rules). */
  id: number;
  /** What this word can contribute to a flag (QUICK bits), for the engine's early "cannot flag" exit. */
  quick: number;
}

/**
 * What a token or a phrase hit can contribute to a flag. A message with no FLAGGY source (leave,
 * stay, lukewarm or suggestion cue, leave verb, number, tenure word) is a near miss only if it has
 * both praise and a named problem (or a contrast after praise); a negator can turn either into the other.
 */
export const QUICK = { POS: 1, NEG: 2, NEGATOR: 4, CONTRAST: 8, FLAGGY: 16, NUMBER: 32, TENURE_UNIT: 64, TENURE_CTX: 128 } as const;
const TAG_QUICK: Readonly<Record<string, number>> = {
  leave: QUICK.FLAGGY,
  stay: QUICK.FLAGGY,
  lukewarm: QUICK.FLAGGY,
  suggest: QUICK.FLAGGY,
  praise: QUICK.POS,
  complaint: QUICK.NEG,
  sarcasm: QUICK.NEG,
  intensity: QUICK.NEG, // a recurring problem after a contrast names an issue
  recovery: QUICK.POS, // flags only with a named problem (NEG), unless it implies one (impliesTrouble)
  neutral: 0,
};

export interface CompiledLexicon {
  lexicon: Lexicon;
  info: Map<string, WordInfo>;
  merge: Map<string, string>;
  emoji: Map<string, number | 'sarcasm'>;
  /** ASCII emoticons by first character, longest first. */
  emoticons: Map<string, string[]>;
  classes: Map<string, Set<string>>;
  phrases: PhraseIndex;
  /** Every word any table knows; used to decide how to squash "soooo" and split hyphens. */
  vocab: Set<string>;
  /** The keys of `info` again, in an open-addressing table over their hashes (see hashStep), so the
   *  tokenizer finds a plain word while scanning it, without slicing it out and hashing it again. */
  words: string[];
  wordInfo: WordInfo[];
  wordHash: Int32Array;
  slots: Int32Array;
  /** Rules by first and next word: an open-addressing table over `first * words.length + next + 1`
   *  (0: empty) with the rule lists beside it. One probe of a typed array per token, where a Map per
   *  word cost a hash lookup that was the matcher's hottest line. */
  pairKey: Int32Array;
  pairRules: CompiledRule[][];
  pairShift: number;
}

/** One FNV-1a step over a lower-case code unit; the tokenizer runs the same steps while scanning. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}
export const HASH_SEED = 0x811c9dc5 | 0;

/** Start of the probe for a key of the pair table (Fibonacci hashing: the top bits of key * 2^32/phi). */
export function pairSlot(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** Fills Slot.ids and Slot.rest. A "$" word stays a string: the tokenizer gives money no entry.
 *  Slots that share a word set (the same class, see compileSlot) share the split too. */
function splitSlot(slot: Slot, info: Map<string, WordInfo>, done: Map<Set<string>, Pick<Slot, 'ids' | 'rest'>>): void {
  if (slot.words === null || slot.ids !== null) return;
  let split = done.get(slot.words);
  if (split === undefined) {
    const ids: number[] = [];
    const rest = new Set<string>();
    for (const w of slot.words) {
      const e = info.get(w);
      if (e !== undefined && !w.startsWith('$')) ids.push(e.id);
      else rest.add(w);
    }
    split = { ids: Int32Array.from(ids.sort((a, b) => a - b)), rest: rest.size ? rest : null };
    done.set(slot.words, split);
  }
  slot.ids = split.ids;
  slot.rest = split.rest;
}

const EMPTY = new Set<string>();

export function cls(lx: CompiledLexicon, name: string): Set<string> {
  return lx.classes.get(name) ?? EMPTY;
}

/** Word sets of slots already compiled, by their alternatives ("you|u", "@statusTier"): slots with
 *  the same alternatives share one Set, so a class is copied (and split into ids) once, not once per
 *  rule that names it. Counted per slot, the lexicon's rules hold about 16,000 words. */
type WordSets = Map<string, Set<string> | null>;

function compileSlot(src: string, classes: Map<string, Set<string>>, vocab: Set<string> | null, sets: WordSets): Slot {
  let s = src;
  let opt = false;
  if (s.length > 1 && s.endsWith('?')) {
    opt = true;
    s = s.slice(0, -1);
  }
  const slot: Slot = { words: null, ids: null, rest: null, any: false, gap: false, end: false, num: false, opt };
  if (s === '**') {
    slot.gap = true;
    return slot;
  }
  if (s === '*') {
    slot.any = true;
    return slot;
  }
  const known = sets.get(s);
  const words = known === undefined ? new Set<string>() : null;
  for (const alt of s.split('|')) {
    if (alt === '$') slot.end = true;
    else if (alt === '#num') slot.num = true;
    else if (words === null) continue;
    else if (alt.startsWith('@')) {
      const c = classes.get(alt.slice(1));
      if (!c) throw new Error(`unknown word class ${alt} in "${src}"`);
      for (const w of c) words.add(w);
    } else if (alt) {
      words.add(alt);
      vocab?.add(alt);
    }
  }
  if (words !== null) sets.set(s, words.size ? words : null);
  slot.words = words === null ? known! : words.size ? words : null;
  return slot;
}

/** Words the token after the first must be for the rule to match, when the slots say so; else null. */
function nextWords(slots: readonly Slot[]): Set<string> | null {
  const acc = new Set<string>();
  for (let k = 1; k < slots.length; k++) {
    const s = slots[k]!;
    if (s.words === null || s.any || s.gap || s.end || s.num) return null;
    if (!s.opt && k === 1) return s.words;
    for (const w of s.words) acc.add(w);
    if (!s.opt) return acc;
  }
  return null; // every later slot is optional: the rule may match with nothing after its first word
}

/** The slot lists a rule's match stands for. An alternative of several words is written with "+"
 *  ("happier|more+helpful"), because a space ends a slot: "happier|more helpful" would be the two
 *  slots happier|more / helpful. Each such alternative becomes a variant of the rule with its words
 *  as slots of their own; the one-word alternatives stay together in one variant. */
export function expandMatch(match: string): string[][] {
  let variants: string[][] = [[]];
  for (const src of match.split(/\s+/).filter(Boolean)) {
    if (!src.includes('+')) {
      for (const v of variants) v.push(src);
      continue;
    }
    const opt = src.length > 1 && src.endsWith('?');
    const alts = (opt ? src.slice(0, -1) : src).split('|');
    const single = alts.filter((a) => !a.includes('+'));
    const choices: string[][] = alts.filter((a) => a.includes('+')).map((a) => a.split('+'));
    if (choices.some((parts) => parts.some((w) => !w))) throw new Error(`empty word in "${src}" of "${match}"`);
    if (single.length) choices.unshift([single.join('|') + (opt ? '?' : '')]);
    else if (opt) choices.unshift([]);
    variants = variants.flatMap((v) => choices.map((c) => [...v, ...c]));
  }
  return variants;
}

export function compileRules(
  rules: readonly PhraseRule[],
  classes: Map<string, Set<string>>,
  vocab: Set<string> | null,
  startOrder = 0,
  category?: Category,
): PhraseIndex {
  const index: PhraseIndex = { byWord: new Map(), byNum: [] };
  const sets: WordSets = new Map();
  rules.forEach((rule, i) => {
    for (const variant of expandMatch(rule.match)) {
      const slots = variant.map((s) => compileSlot(s, classes, vocab, sets));
      const first = slots[0];
      if (!first || first.opt || first.gap || first.any || (first.end && !first.words)) {
        throw new Error(`phrase rule ${rule.id} must start with a word, class or #num`);
      }
      const second = slots[1];
      const skip2 = second !== undefined && second.words !== null && !second.opt && !second.end && !second.num && !second.any && !second.gap;
      const compiled: CompiledRule = { rule, slots, order: startOrder + i, next: nextWords(slots), skip2, quick: category || rule.impliesTrouble ? QUICK.FLAGGY : (TAG_QUICK[rule.tag] ?? QUICK.FLAGGY) };
      if (category) compiled.category = category;
      if (first.num) index.byNum.push(compiled);
      for (const w of first.words ?? EMPTY) {
        const list = index.byWord.get(w);
        if (list) list.push(compiled);
        else index.byWord.set(w, [compiled]);
      }
    }
  });
  return index;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const vocab = new Set<string>();
  const classes = new Map<string, Set<string>>();
  for (const [name, words] of Object.entries(lexicon.classes)) {
    classes.set(name, new Set(words));
    for (const w of words) vocab.add(w);
  }
  const normalize = Object.entries(lexicon.normalize).map(([k, v]) => [k, v.split(' ')] as const);
  for (const [, parts] of normalize) for (const p of parts) vocab.add(p);
  const emoji = new Map(Object.entries(lexicon.emoji));
  const emoticons = new Map<string, string[]>();
  for (const k of emoji.keys()) {
    if (k.charCodeAt(0) < 128) {
      const list = emoticons.get(k.charAt(0)) ?? [];
      list.push(k);
      list.sort((a, b) => b.length - a.length);
      emoticons.set(k.charAt(0), list);
    }
  }
  const info = new Map<string, WordInfo>();
  const get = (w: string): WordInfo => {
    let e = info.get(w);
    if (!e) {
      e = { pol: 0, bits: 0, cat: null, verb: null, intens: 0, contrast: 0, neg: false, num: NaN, rep: null, rules: null, startsPairs: false, rulesAnyNext: null, mergeSecond: false, id: -1, quick: 0 };
      info.set(w, e);
    }
    return e;
  };
  // tables whose words are vocabulary: each sets one field of the words' entries
  const each = <V>(table: Readonly<Record<string, V>>, set: (e: WordInfo, v: V) => void, known = true): void => {
    for (const [w, v] of Object.entries(table)) {
      if (known) vocab.add(w);
      set(get(w), v);
    }
  };
  for (const w of lexicon.negators) vocab.add(w);
  const phrases = compileRules(lexicon.phrases, classes, vocab);
  each(lexicon.polarity, (e, p) => (e.pol = p));
  each(lexicon.emoji, (e, p) => (e.pol = p === 'sarcasm' ? 0 : p), false);
  for (const c of ENGINE_CLASSES) for (const w of classes.get(c) ?? EMPTY) get(w).bits |= BIT[c];
  each(lexicon.categories, (e, c) => (e.cat = c));
  each(lexicon.intentVerbs, (e, v) => (e.verb = v));
  each(lexicon.intensifiers, (e, m) => (e.intens = m));
  each(lexicon.contrast, (e, c) => (e.contrast = c === 'after' ? 1 : 2));
  for (const w of lexicon.negators) get(w).neg = true;
  each(lexicon.numbers, (e, v) => (e.num = v), false);
  const needNext: [WordInfo, CompiledRule][] = [];
  for (const [w, rules] of phrases.byWord) {
    const e = get(w);
    e.rules = rules;
    for (const r of rules) {
      if (r.next === null) (e.rulesAnyNext ??= []).push(r);
      else {
        for (const n of r.next) get(n);
        needNext.push([e, r]);
      }
    }
  }
  // after all other fields: replacements point at the entries of their words
  for (const [w, parts] of normalize) if (parts.length > 1 || parts[0] !== w) get(w).rep = parts.map((p) => ({ norm: p, info: info.get(p) }));
  const merge = new Map(Object.entries(lexicon.merge));
  for (const k of merge.keys()) get(k.slice(k.lastIndexOf(' ') + 1)).mergeSecond = true;
  get('since'); // "member since 2012", "since the day you opened": a tenure word with no table of its own
  for (const [w, e] of info) {
    // grace ("I understand, but ...") flags with a named problem, as praise does
    if (e.pol > 0 || e.bits & BIT.grace) e.quick |= QUICK.POS;
    // "finally" names a wait as a problem word would: thanks after it can be a "great, but"
    if (e.pol < 0 || emoji.get(w) === 'sarcasm' || e.bits & (BIT.recur | BIT.relief)) e.quick |= QUICK.NEG;
    if (e.neg) e.quick |= QUICK.NEGATOR;
    if (e.contrast) e.quick |= QUICK.CONTRAST;
    if (e.verb) e.quick |= QUICK.FLAGGY;
    // a number matters only as a rating or a tenure; tenure needs a unit and a relationship word
    if (e.num === e.num) e.quick |= QUICK.NUMBER;
    if (e.bits & BIT.tenureUnit || w === 'since') e.quick |= QUICK.TENURE_UNIT;
    if (e.bits & (BIT.tenureRel | BIT.tenureVerb) || w === 'account') e.quick |= QUICK.TENURE_CTX;
  }
  const words = [...info.keys()];
  const wordInfo = [...info.values()];
  wordInfo.forEach((e, k) => (e.id = k));
  const byPair = new Map<number, CompiledRule[]>();
  for (const [e, r] of needNext) {
    e.startsPairs = true;
    for (const n of r.next!) {
      const key = e.id * words.length + info.get(n)!.id + 1;
      const list = byPair.get(key);
      if (list) list.push(r);
      else byPair.set(key, [r]);
    }
  }
  let pairBits = 4;
  while (1 << pairBits < byPair.size * 2) pairBits++;
  const pairShift = 32 - pairBits;
  const pairKey = new Int32Array(1 << pairBits);
  const pairRules: CompiledRule[][] = new Array<CompiledRule[]>(1 << pairBits).fill([]);
  for (const [key, list] of byPair) {
    let p = pairSlot(key, pairShift);
    while (pairKey[p]) p = (p + 1) & (pairKey.length - 1);
    pairKey[p] = key;
    pairRules[p] = list;
  }
  // slot words by id (see Slot.ids), after the ids are known
  const splits = new Map<Set<string>, Pick<Slot, 'ids' | 'rest'>>();
  for (const [, list] of phrases.byWord) for (const r of list) for (const slot of r.slots) splitSlot(slot, info, splits);
  for (const r of phrases.byNum) for (const slot of r.slots) splitSlot(slot, info, splits);
  const wordHash = new Int32Array(words.length);
  let size = 16;
  while (size < words.length * 4) size *= 2;
  const slots = new Int32Array(size);
  words.forEach((w, k) => {
    let h = HASH_SEED;
    for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
    wordHash[k] = h;
    let p = h & (size - 1);
    while (slots[p]) p = (p + 1) & (size - 1);
    slots[p] = k + 1;
  });
  return { lexicon, info, merge, emoji, emoticons, classes, phrases, vocab, words, wordInfo, wordHash, slots, pairKey, pairRules, pairShift };
}

export type { CueTag };
