// Phrase matching: rules are indexed by their first word, so each token costs one Map lookup and
// only the few rules starting with that word are tried. Mentions, emoji and commas are skipped
// between words ("great, another delay"; "love you @SouthwestAir but").
import type { CompiledRule, PhraseIndex, Slot } from './compile';
import { EMOJI, MENTION, NUM, PUNCT, type Token } from './tokenize';

export interface Hit {
  rule: CompiledRule;
  /** Token range [s, e). */
  s: number;
  e: number;
}

const MAX_GAP = 3; // `**` skips at most three words

function skipTransparent(t: readonly Token[], i: number): number {
  while (i < t.length) {
    const k = t[i]!;
    if (k.kind === MENTION || k.kind === EMOJI || (k.kind === PUNCT && k.norm === ',')) i++;
    else break;
  }
  return i;
}

function atEnd(t: readonly Token[], i: number): boolean {
  while (i < t.length && (t[i]!.kind === MENTION || t[i]!.kind === EMOJI)) i++;
  return i >= t.length || t[i]!.kind === PUNCT;
}

function one(t: readonly Token[], i: number, s: Slot): number {
  if (s.end && atEnd(t, i)) return i;
  const j = skipTransparent(t, i);
  if (j >= t.length) return -1;
  const tok = t[j]!;
  if (tok.kind === PUNCT) return -1;
  if (s.any || (s.words !== null && s.words.has(tok.norm)) || (s.num && tok.kind === NUM)) return j + 1;
  return -1;
}

function matchFrom(t: readonly Token[], i: number, slots: readonly Slot[], si: number): number {
  if (si === slots.length) return i;
  const s = slots[si]!;
  if (s.gap) {
    let j = i;
    for (let k = 0; k <= MAX_GAP; k++) {
      const r = matchFrom(t, j, slots, si + 1);
      if (r >= 0) return r;
      j = skipTransparent(t, j);
      if (j >= t.length || t[j]!.kind === PUNCT) break;
      j++;
    }
    return -1;
  }
  const j = one(t, i, s);
  if (j >= 0) {
    const r = matchFrom(t, j, slots, si + 1);
    if (r >= 0) return r;
  }
  return s.opt ? matchFrom(t, i, slots, si + 1) : -1;
}

/** Index of the next word after i (mentions, emoji and commas skipped), or -1 at punctuation or the end. */
function nextWord(t: readonly Token[], i: number): number {
  const j = skipTransparent(t, i + 1);
  return j < t.length && t[j]!.kind !== PUNCT ? j : -1;
}

function tryRules(t: readonly Token[], i: number, rules: readonly CompiledRule[], nextNorm: string | null, out: Hit[]): void {
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    // cheap pre-check: a rule whose second slot is a plain word list needs one of those words next
    if (rule.next !== null && (nextNorm === null || !rule.next.has(nextNorm))) continue;
    const e = matchFrom(t, i + 1, rule.slots, 1);
    if (e >= 0) out.push({ rule, s: i, e });
  }
}

/** Rules found by the next word (token j): when it fills slot 2 outright, match on from slot 3. */
function tryRulesAfter(t: readonly Token[], i: number, j: number, rules: readonly CompiledRule[], out: Hit[]): void {
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const e = rule.skip2 ? matchFrom(t, j + 1, rule.slots, 2) : matchFrom(t, i + 1, rule.slots, 1);
    if (e >= 0) out.push({ rule, s: i, e });
  }
}

/** Built-in rules come from each token's lexicon entry; `extra` indexes (team cues) are looked up. */
export function findPhrases(t: readonly Token[], base: PhraseIndex, extra: PhraseIndex | null, out: Hit[]): void {
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    const kind = tok.kind;
    if (kind === PUNCT || kind === MENTION || kind === EMOJI) continue;
    const info = tok.info;
    const own = info !== undefined ? info.rules : null;
    const byNum = kind === NUM && base.byNum.length > 0;
    const extraList = extra !== null ? extra.byWord.get(tok.norm) : undefined;
    const extraNum = extra !== null && kind === NUM && extra.byNum.length > 0;
    if (own === null && !byNum && extraList === undefined && !extraNum) continue;
    const j = nextWord(t, i);
    const nextNorm = j >= 0 ? t[j]!.norm : null;
    if (own !== null) {
      // built-in rules: those needing a particular next word are found by that word
      if (info!.rulesAnyNext !== null) tryRules(t, i, info!.rulesAnyNext, nextNorm, out);
      const byNext = nextNorm !== null && info!.rulesByNext !== null ? info!.rulesByNext.get(nextNorm) : undefined;
      if (byNext !== undefined) tryRulesAfter(t, i, j, byNext, out);
    }
    if (byNum) tryRules(t, i, base.byNum, nextNorm, out);
    if (extraList !== undefined) tryRules(t, i, extraList, nextNorm, out);
    if (extraNum) tryRules(t, i, extra!.byNum, nextNorm, out);
  }
}
