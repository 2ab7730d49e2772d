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

/** Built-in rules come from each token's lexicon entry; `extra` indexes (team cues) are looked up. */
export function findPhrases(t: readonly Token[], base: PhraseIndex, extra: PhraseIndex | null, out: Hit[]): void {
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (tok.kind === PUNCT || tok.kind === MENTION || tok.kind === EMOJI) continue;
    const own = tok.info?.rules;
    if (own) {
      for (const r of own) {
        const e = matchFrom(t, i + 1, r.slots, 1);
        if (e >= 0) out.push({ rule: r, s: i, e });
      }
    }
    if (tok.kind === NUM && base.byNum.length) {
      for (const r of base.byNum) {
        const e = matchFrom(t, i + 1, r.slots, 1);
        if (e >= 0) out.push({ rule: r, s: i, e });
      }
    }
    if (extra !== null) {
      const index = extra;
      const list = index.byWord.get(tok.norm);
      if (list !== undefined) {
        for (const r of list) {
          const e = matchFrom(t, i + 1, r.slots, 1);
          if (e >= 0) out.push({ rule: r, s: i, e });
        }
      }
      if (tok.kind === NUM && index.byNum.length) {
        for (const r of index.byNum) {
          const e = matchFrom(t, i + 1, r.slots, 1);
          if (e >= 0) out.push({ rule: r, s: i, e });
        }
      }
    }
  }
}
