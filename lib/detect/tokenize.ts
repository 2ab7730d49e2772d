// One pass over the characters: words (normalised: lower case, shorthand and contractions expanded,
// "soooo" squashed), numbers, punctuation, emoji/emoticons, @mentions and #hashtags. URLs are
// dropped. No regular expression runs per character; offsets always point into the original text.
import { HASH_SEED, hashStep, type CompiledLexicon, type WordInfo } from './compile';

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export const EMOJI = 3;
export const MENTION = 4;
export const HASHTAG = 5;

export interface Token {
  norm: string;
  start: number;
  end: number;
  kind: number;
  /** Typed in capitals (2+ letters). */
  caps: boolean;
  /** Numbers: their value; "!!!": the run length. */
  value: number;
  /** Lexicon entry of a word, hashtag or emoji, if any. */
  info: WordInfo | undefined;
}

const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

// Only consulted for "word.word" runs, which are rare in messages.
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|io|co|ly|gov|edu|me|app|us|uk|ca|de|fr|au|info|biz)([/?#:].*)?[.,!?)]*$/;

function skipNonSpace(text: string, i: number): number {
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

function squash(low: string, vocab: Set<string>): string {
  // "soooo" -> "soo" -> "so"; "loooove" -> "love"; keep a double letter when that is the known word ("cool")
  let two = '';
  let one = '';
  for (let i = 0; i < low.length; i++) {
    const ch = low.charAt(i);
    if (ch !== low.charAt(i - 1)) {
      two += ch;
      one += ch;
    } else if (ch !== low.charAt(i - 2)) two += ch;
  }
  if (vocab.has(two)) return two;
  if (vocab.has(one)) return one;
  return two;
}

const CONTRACTION_TAILS: Record<string, string> = { "'m": 'am', "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would' };

function push(out: Token[], norm: string, start: number, end: number, kind: number, caps: boolean, value: number, info?: WordInfo): void {
  out.push({ norm, start, end, kind, caps, value, info });
}

function pushWord(out: Token[], lx: CompiledLexicon, norm: string, start: number, end: number, caps: boolean, known?: WordInfo | null): void {
  const info = known === undefined ? lx.info.get(norm) : known ?? undefined;
  out.push({ norm, start, end, kind: WORD, caps, value: info ? info.num : NaN, info });
}

/** `special`: the word has an apostrophe, hyphen or ampersand; `triple`: a letter repeated 3+ times. */
function emitWord(text: string, lower: string | null, s: number, e: number, caps: boolean, special: boolean, triple: boolean, out: Token[], lx: CompiledLexicon): void {
  let low = lower !== null ? lower.slice(s, e) : text.slice(s, e).toLowerCase();
  if (special && low.indexOf('\u2019') >= 0) low = low.split('\u2019').join("'");
  if (triple) low = squash(low, lx.vocab);
  const entry = lx.info.get(low);
  if (entry !== undefined && entry.mergeSecond) {
    const prev = out[out.length - 1];
    const merged = prev && prev.kind === WORD && prev.end < s ? lx.merge.get(prev.norm + ' ' + low) : undefined;
    if (prev && merged !== undefined) {
      prev.norm = merged;
      prev.info = lx.info.get(merged);
      prev.end = e;
      return;
    }
  }
  if (entry !== undefined) {
    if (entry.rep !== null) {
      for (const r of entry.rep) pushWord(out, lx, r.norm, s, e, caps, r.info ?? null);
    } else pushWord(out, lx, low, s, e, caps, entry);
    return;
  }
  if (!special) {
    pushWord(out, lx, low, s, e, caps, null);
    return;
  }
  const ap = low.indexOf("'");
  if (ap > 0) {
    if (low.endsWith("n't")) {
      pushWord(out, lx, low.slice(0, -3), s, e, caps);
      pushWord(out, lx, 'not', s, e, caps);
      return;
    }
    const tail = low.slice(ap);
    const full = CONTRACTION_TAILS[tail];
    if (full !== undefined) {
      pushWord(out, lx, low.slice(0, ap), s, e, caps);
      pushWord(out, lx, full, s, e, caps);
      return;
    }
    if (tail === "'s" || tail === "'") low = low.slice(0, ap); // possessive: "today's" -> "today"
  }
  if (low.indexOf('-') > 0 && !lx.vocab.has(low)) {
    let from = s;
    for (let k = s; k <= e; k++) {
      if (k === e || text.charCodeAt(k) === 45) {
        if (k > from) emitWord(text, lower, from, k, caps, true, false, out, lx);
        from = k + 1;
      }
    }
    return;
  }
  pushWord(out, lx, low, s, e, caps, lx.info.get(low) ?? null);
}

/** Index in lx.words of the word lower[s, e) whose hash is h, or -1. */
function findWord(lx: CompiledLexicon, lower: string, s: number, e: number, h: number): number {
  const { slots, wordHash, words } = lx;
  const mask = slots.length - 1;
  for (let p = h & mask; ; p = (p + 1) & mask) {
    const k = slots[p]! - 1;
    if (k < 0) return -1;
    if (wordHash[k] === h && words[k]!.length === e - s && lower.startsWith(words[k]!, s)) return k;
  }
}

export function tokenize(text: string, lx: CompiledLexicon): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // Lower-case once; per-word slices come from it unless lower-casing changed the length.
  const lowered = text.toLowerCase();
  const lower = lowered.length === n ? lowered : null;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) {
        const last = out[out.length - 1];
        if (last && !(last.kind === PUNCT && (last.norm === '.' || last.norm === '!' || last.norm === '?'))) {
          push(out, '.', i, i + 1, PUNCT, false, 1);
        }
      }
      i++;
      continue;
    }
    if (isLetter(c)) {
      let j = i + 1;
      let ups = c >= 65 && c <= 90 ? 1 : 0;
      let lows = c >= 97 && c <= 122 ? 1 : 0;
      let special = false;
      let triple = false;
      let p1 = c | 32;
      let h = hashStep(HASH_SEED, p1);
      let plain = c < 128;
      let run = 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) lows++;
        else if (d >= 65 && d <= 90) ups++;
        else if (!(isLetter(d) || isDigit(d))) {
          if ((d === 39 || d === 0x2019 || d === 45 || d === 38) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) {
            special = true;
            j += 2;
            p1 = -1;
            continue;
          }
          if ((d === 39 || d === 0x2019) && (j + 1 === n || !isLetter(text.charCodeAt(j + 1))) && (text.charCodeAt(j - 1) | 32) === 115) {
            special = true; // "customers'"
            j++;
          }
          break;
        }
        const l = d | 32;
        h = hashStep(h, l);
        if (d >= 128) plain = false;
        if (l === p1) {
          if (++run >= 3) triple = true;
        } else {
          run = 1;
          p1 = l;
        }
        j++;
      }
      if (j < n && text.charCodeAt(j) === 58 && text.charCodeAt(j + 1) === 47 && text.charCodeAt(j + 2) === 47) {
        i = skipNonSpace(text, j); // scheme://...
        continue;
      }
      if (j + 1 < n && text.charCodeAt(j) === 46 && isLetter(text.charCodeAt(j + 1))) {
        const k = skipNonSpace(text, j);
        const run = text.slice(i, k).toLowerCase();
        if (run.startsWith('www.') || DOMAIN.test(run)) {
          i = k;
          continue;
        }
      }
      const caps = ups >= 2 && lows === 0;
      // fast path: a plain ASCII word, looked up in place; an unknown one is pushed as it is
      const k = plain && !special && !triple && lower !== null ? findWord(lx, lower, i, j, h) : -2;
      const known = k >= 0 ? lx.wordInfo[k]! : undefined;
      if (k === -1) push(out, lower!.slice(i, j), i, j, WORD, caps, NaN);
      else if (known !== undefined && known.rep === null && !known.mergeSecond) push(out, lx.words[k]!, i, j, WORD, caps, known.num, known);
      else emitWord(text, lower, i, j, caps, special, triple, out, lx);
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (j + 1 < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      const numEnd = j;
      while (j < n && isLetter(text.charCodeAt(j))) j++; // "3rd", "5hr", "1K"
      const value = parseFloat(text.slice(i, numEnd).replace(',', '.'));
      const norm = text.slice(i, j).toLowerCase();
      push(out, norm, i, j, NUM, false, value, lx.info.get(norm));
      i = j;
      continue;
    }
    if ((c === 64 || c === 35) && i + 1 < n) {
      // @mention / #hashtag (an order number like #45321 is dropped)
      const d = text.charCodeAt(i + 1);
      if (isLetter(d) || isDigit(d) || d === 95) {
        let j = i + 1;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (isLetter(e) || isDigit(e) || e === 95) j++;
          else break;
        }
        if (c === 64) push(out, text.slice(i, j).toLowerCase(), i, j, MENTION, false, NaN);
        else if (isLetter(d)) {
          const tag = text.slice(i + 1, j).toLowerCase();
          push(out, tag, i, j, HASHTAG, false, NaN, lx.info.get(tag));
        }
        i = j;
        continue;
      }
    }
    if (c < 128) {
      const emos = lx.emoticons.get(text.charAt(i));
      if (emos && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
        let hit = '';
        for (const e of emos) {
          if (text.startsWith(e, i)) {
            const after = i + e.length;
            if (after >= n || !isLetter(text.charCodeAt(after))) {
              hit = e;
              break;
            }
          }
        }
        if (hit) {
          push(out, hit, i, i + hit.length, EMOJI, false, NaN, lx.info.get(hit));
          i += hit.length;
          continue;
        }
      }
      let p = '';
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44 || c === 40 || c === 41 || c === 47) p = text.charAt(i);
      else if (c === 45 && (i === 0 || isSpace(text.charCodeAt(i - 1))) && (i + 1 >= n || isSpace(text.charCodeAt(i + 1)))) p = ',';
      if (p) {
        const last = out[out.length - 1];
        if (last && last.kind === PUNCT && last.end === i && (last.norm === p || (p === '!' && last.norm === '?') || (p === '?' && last.norm === '!'))) {
          last.end = i + 1;
          last.value++;
          if (p === '?' && last.norm === '!') last.norm = '?';
        } else push(out, p, i, i + 1, PUNCT, false, 1);
      }
      i++;
      continue;
    }
    if (c === 0x2026 || c === 0x2013 || c === 0x2014) {
      push(out, c === 0x2026 ? '.' : ',', i, i + 1, PUNCT, false, 1);
      i++;
      continue;
    }
    // emoji: surrogate pairs and the symbol blocks; skip variation selectors, skin tones and ZWJ tails
    if ((c >= 0xd800 && c <= 0xdbff) || (c >= 0x2190 && c <= 0x2bff)) {
      const cp = text.codePointAt(i) ?? c;
      let j = i + (cp > 0xffff ? 2 : 1);
      for (;;) {
        const d = text.charCodeAt(j);
        if (d === 0xfe0f) j++;
        else if (d === 0xd83c && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) j += 2;
        else if (d === 0x200d) {
          const next = text.codePointAt(j + 1) ?? 0;
          j += 1 + (next > 0xffff ? 2 : 1);
        } else break;
      }
      const norm = String.fromCodePoint(cp);
      const last = out[out.length - 1];
      if (!(last && last.kind === EMOJI && last.norm === norm && last.end === i)) push(out, norm, i, j, EMOJI, false, NaN, lx.info.get(norm));
      else last.end = j;
      i = j;
      continue;
    }
    i++;
  }
  return out;
}
