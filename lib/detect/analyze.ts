// The decision: one tokenization pass, one phrase pass, one polarity pass over clauses, then a few
// comparisons. Every flag records the cues that produced it as Evidence. Precision first: when the
// combined confidence is under the sensitivity threshold the answer is `signal: null`.
import { BIT, type CompiledLexicon, type PhraseIndex } from './compile';
import { findPhrases, type Hit } from './match';
import { EMOJI, HASHTAG, MENTION, NUM, PUNCT, WORD, tokenize, type Token } from './tokenize';
import type { Category, Detection, Evidence, Sensitivity, Signal } from './types';

/** Team additions compiled from DetectOptions (see options.ts). */
export interface Extension {
  index: PhraseIndex | null;
  competitors: Set<string>;
}

// Flag thresholds per sensitivity. 0.6 = one strong cue (weight >= 0.6 in the lexicon) or two weak
// ones; 'precise' wants an explicit structure, 'sensitive' accepts a single weak cue.
export const THRESHOLDS: Readonly<Record<Sensitivity, number>> = { precise: 0.75, balanced: 0.6, sensitive: 0.45 };

// Polarity points are on the AFINN-like scale of lexicon/en.ts.
const PRAISE_MIN = 2; // a clause counts as praise from "good" (2) up...
const PRAISE_WORD_MIN = 2; // ...and needs one word at least that strong: "thanks" (1) is politeness, not praise
const ISSUE_MIN = 1.5; // a clause names a problem from "delay"/"late" (-1.5) down
const SUGGEST_MIN = 0.5; // "should"/"maybe" (0.4) alone do not make an issue
const FR_NEG_MIN = 2; // frustrated_retained needs a real complaint ("not happy" = 2.5, "rude" = 3)
const LUKE_MIN = 0.6;
const NEG_CONTEXT = 1.5; // "I'm done" only threatens when something negative is said
// VADER's N_SCALAR is -0.74 for a negated positive; a negated negative ("not terrible") is weakly positive.
const NEGATE_POS = -0.75;
const NEGATE_NEG = -0.4;
const CAPS_BOOST = 1.3; // VADER adds ~0.73 for ALL CAPS on a 4-point scale
const NEGATION_WINDOW = 3; // VADER also looks three words back

interface Clause {
  sent: number;
  s: number;
  e: number;
  pos: number;
  neg: number;
  maxPos: number;
  posEv: [number, number, string] | null;
  negEv: [number, number, string] | null;
  negEvW: number;
  suggest: number;
  suggestEv: [number, number, string] | null;
  luke: number;
  contrast: boolean;
  /** "keeps", "again", "every time": a recurring problem named in this clause. */
  recurring: boolean;
}

interface Cue {
  s: number;
  e: number;
  w: number;
  reason: string;
}

let claimedBuf = new Uint8Array(64); // tokens claimed by a phrase, reused across calls
// clause and sentence index per token, reused across calls (only [0, n) is read)
let clauseBuf = new Int32Array(64);
let sentBuf = new Int32Array(64);

const NULL_DETECTION: Detection = { signal: null, confidence: 1, category: null, evidence: [] };

function isBoundary(t: Token): boolean {
  return t.kind === PUNCT && (t.norm === '.' || t.norm === '!' || t.norm === '?' || t.norm === ';');
}

function upper(c: number): boolean {
  return c >= 65 && c <= 90;
}


interface Ctx {
  text: string;
  lx: CompiledLexicon;
  toks: Token[];
  n: number;
  clauseOf: Int32Array;
  sentOf: Int32Array;
  sentStart: number[];
  sentQuestion: boolean[];
}

function bits(t: Token | undefined): number {
  return t && t.info ? t.info.bits : 0;
}

function newClause(clauses: Clause[], s: number, sent: number, contrast: boolean): Clause {
  const c: Clause = { sent, s, e: s, pos: 0, neg: 0, maxPos: 0, posEv: null, negEv: null, negEvW: 0, suggest: 0, suggestEv: null, luke: 0, contrast, recurring: false };
  clauses.push(c);
  return c;
}

function isQuestion(cx: Ctx, i: number): boolean {
  const { toks, n, sentOf, sentStart, sentQuestion } = cx;
  const sIdx = sentOf[i] ?? 0;
  if (sentQuestion[sIdx]) return true;
  let k = sentStart[sIdx] ?? 0;
  while (k < n && (toks[k]!.kind === MENTION || toks[k]!.kind === EMOJI)) k++;
  const first = toks[k];
  return first !== undefined && (bits(first) & BIT.questionStart) !== 0 && first.norm !== 'any';
}

function prevWord(cx: Ctx, i: number, stopAtComma: boolean): number {
  const { toks } = cx;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.kind === MENTION || t.kind === EMOJI) continue;
    if (t.kind === PUNCT) {
      if (stopAtComma || t.norm !== ',') return -1;
      continue;
    }
    return k;
  }
  return -1;
}

function subjectOf(cx: Ctx, i: number): 'fp' | 'third' | 'none' | 'other' {
  const { toks } = cx;
  for (let k = prevWord(cx, i, true); k >= 0; k = prevWord(cx, k, true)) {
    const info = toks[k]!.info;
    if (!info) return 'other';
    if (info.bits & BIT.fp) return 'fp';
    if (info.bits & BIT.thirdPerson) return 'third';
    if (info.contrast) return 'none';
    if (info.bits & BIT.intent || info.neg) continue;
    return 'other';
  }
  return 'none';
}

function thirdPersonBefore(cx: Ctx, i: number): boolean {
  const { toks, sentOf } = cx;
  const sIdx = sentOf[i];
  for (let k = i - 1; k >= 0 && sentOf[k] === sIdx; k--) {
    const b = bits(toks[k]);
    if (b & BIT.fp) return false;
    if (b & BIT.thirdPerson) return true;
  }
  return false;
}

function negatedBefore(cx: Ctx, i: number): boolean {
  const { toks } = cx;
  let steps = 0;
  for (let k = prevWord(cx, i, true); k >= 0 && steps < 6; k = prevWord(cx, k, true), steps++) {
    const t = toks[k]!;
    const info = t.info;
    if (!info) continue;
    if (info.neg && t.norm !== 'nothing' && t.norm !== 'zero') return true;
    if (info.bits & BIT.fp || info.contrast) return false;
  }
  return false;
}

function addPolarity(c: Clause, v: number, s: number, e: number, reason: string): void {
  if (v > 0) {
    c.pos += v;
    if (v > c.maxPos) {
      c.maxPos = v;
      c.posEv = [s, e, reason];
    }
  } else if (v < 0) {
    c.neg -= v;
    if (-v > c.negEvW) {
      c.negEvW = -v;
      c.negEv = [s, e, reason];
    }
  }
}

function nextWordIdx(cx: Ctx, i: number): number {
  const { toks, n } = cx;
  for (let k = i + 1; k < n; k++) {
    const t = toks[k]!;
    if (t.kind === MENTION || t.kind === EMOJI) continue;
    return t.kind === PUNCT ? -1 : k;
  }
  return -1;
}

function otherTarget(cx: Ctx, k: number, e: Extension | null): number {
  const { toks, n, text, lx } = cx;
  let j = k;
  while (j < n && (toks[j]!.kind === MENTION || toks[j]!.kind === EMOJI)) j++;
  const t = toks[j];
  if (!t || t.kind === PUNCT) return -1;
  if (e && e.competitors.has(t.norm)) return j;
  if (t.norm === 'a' || t.norm === 'an' || t.norm === 'the' || t.norm === 'your' || t.norm === 'some') return otherTarget(cx, j + 1, e);
  const b = bits(t);
  if (b & BIT.other) {
    const nx = toks[j + 1];
    if (nx && nx.kind === WORD && bits(nx) & (BIT.txObj | BIT.relObj)) return -1; // "another flight", "a different plan"
    if (t.norm === 'new' || t.norm === 'better' || t.norm === 'cheaper') return nx && bits(nx) & BIT.providerNoun ? j + 1 : -1;
    return j;
  }
  if (b & BIT.providerNoun) return j;
  if ((t.kind === WORD || t.kind === HASHTAG) && upper(text.charCodeAt(t.start)) && !(b & BIT.notBrand) && !lx.vocab.has(t.norm)) return j;
  return -1;
}

function conditional(cx: Ctx, i: number): boolean {
  const { toks, n, sentOf } = cx;
  const sIdx = sentOf[i];
  for (let k = i - 1; k >= 0 && sentOf[k] === sIdx; k--) if (toks[k]!.norm === 'if' || toks[k]!.norm === 'unless') return true;
  for (let k = i + 1; k < n && sentOf[k] === sIdx; k++) if (toks[k]!.norm === 'unless') return true;
  return false;
}

export function analyze(text: string, lx: CompiledLexicon, ext: Extension | null, sensitivity: Sensitivity): Detection {
  const toks = tokenize(text, lx);
  const n = toks.length;
  if (n === 0) return NULL_DETECTION;

  // ---- clauses and sentences ----
  // fast reject: no token the lexicon knows, no number and no team cue -> nothing can fire
  if (ext === null) {
    let known = false;
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      if (t.info !== undefined || t.kind === NUM) {
        known = true;
        break;
      }
    }
    // a fresh object: cue-less messages are common and callers may keep or annotate what they get
    if (!known) return { signal: null, confidence: 1, category: null, evidence: [] };
  }
  if (clauseBuf.length < n) {
    clauseBuf = new Int32Array(n * 2);
    sentBuf = new Int32Array(n * 2);
  }
  const clauseOf = clauseBuf;
  const sentOf = sentBuf;
  const sentStart: number[] = [0];
  const sentQuestion: boolean[] = [];
  const clauses: Clause[] = [];
  let sent = 0;
  let cur = newClause(clauses, 0, 0, false);
  let words = 0;
  let anyVerb = false;
  let anyNum = false;
  let anyTenure = false;
  const contrastToks: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const info = t.info;
    if (info !== undefined) {
      if (info.verb !== null) anyVerb = true;
      if (!Number.isNaN(info.num)) anyNum = true;
      if (info.bits & BIT.tenureUnit || t.norm === 'since') anyTenure = true;
    }
    if (t.kind === NUM) anyNum = anyTenure = true;
    if (t.kind === PUNCT) {
      clauseOf[i] = clauses.length - 1;
      sentOf[i] = sent;
      cur.e = i + 1;
      if (isBoundary(t)) {
        sentQuestion[sent] = t.norm === '?';
        sent++;
        sentStart[sent] = i + 1;
        words = 0;
      }
      cur = newClause(clauses, i + 1, sent, false);
      continue;
    }
    if (t.kind === WORD && t.info !== undefined && t.info.contrast) {
      const prev = toks[i - 1];
      const next = toks[i + 1];
      let ok = true;
      if (t.norm === 'while') ok = words === 0; // "While the food was delicious, ..." but not "while I'm on vacation"
      else if (t.norm === 'yet') ok = (words === 0 || (prev !== undefined && prev.kind === PUNCT)) && next?.norm !== 'another';
      else if (t.norm === 'but') ok = next?.norm !== 'also' && prev?.norm !== 'all';
      if (ok) {
        contrastToks.push(i);
        if (cur.e > cur.s) {
          cur = newClause(clauses, i, sent, true);
        } else cur.contrast = true;
      }
    }
    clauseOf[i] = clauses.length - 1;
    sentOf[i] = sent;
    cur.e = i + 1;
    if (t.kind !== MENTION && t.kind !== EMOJI) words++;
  }
  if (sentQuestion[sent] === undefined) sentQuestion[sent] = false;
  const cx: Ctx = { text, lx, toks, n, clauseOf, sentOf, sentStart, sentQuestion };


  // ---- helpers over the token stream ----

  /** Who does it: 'fp' (I/we), 'third' (she, my friend), 'none' (clause start: imperative or subjectless), 'other'. */


  /** A negator between the subject and i ("I'm not cancelling", "don't want to switch", "not going to leave"). */


  // ---- phrases ----
  const rawHits: Hit[] = [];
  findPhrases(toks, lx.phrases, ext?.index ?? null, rawHits);
  if (claimedBuf.length < n) claimedBuf = new Uint8Array(n * 2);
  const claimed = claimedBuf;
  claimed.fill(0, 0, n);
  if (rawHits.length > 1) rawHits.sort(byLengthThenOrder);
  const leave: Cue[] = [];
  const stay: Cue[] = [];
  const luke: Cue[] = [];
  const suggest: Cue[] = [];
  const intensity: Cue[] = [];
  const pendingLeave: Cue[] = []; // needs a negative context
  const topics: { s: number; e: number; category: Category }[] = [];
  const sarcasmSent: number[] = []; // sentences read as sarcastic
  let sarcasmEv: Cue | null = null;
  for (const h of rawHits) {
    const r = h.rule.rule;
    const tag = r.tag;
    if (h.rule.category) {
      topics.push({ s: h.s, e: h.e, category: h.rule.category });
      continue;
    }
    if (tag === 'leave' || tag === 'stay' || tag === 'intensity') {
      const cue: Cue = { s: h.s, e: h.e, w: r.weight, reason: r.reason };
      if (tag === 'intensity') {
        intensity.push(cue);
        const ic = clauses[clauseOf[h.s] ?? 0];
        if (ic) ic.recurring = true;
      }
      else if (tag === 'stay') stay.push(cue);
      else {
        if (r.personal && thirdPersonBefore(cx, h.s)) continue;
        if (r.negatable && negatedBefore(cx, h.s)) {
          stay.push({ s: h.s, e: h.e, w: 0.8, reason: lx.lexicon.reasons.negatedLeave ?? '' });
          continue;
        }
        if (isQuestion(cx, h.s)) cue.w *= 0.75;
        (r.needsNegative ? pendingLeave : leave).push(cue);
      }
      continue;
    }
    let free = true;
    for (let k = h.s; k < h.e; k++) if (claimed[k]) free = false;
    if (!free) continue;
    for (let k = h.s; k < h.e; k++) claimed[k] = 1;
    const c = clauses[clauseOf[h.s] ?? 0]!;
    switch (tag) {
      case 'praise':
      case 'complaint': {
        let v = tag === 'praise' ? r.weight : -r.weight;
        const p = prevWord(cx, h.s, true);
        const firstIsNeg = toks[h.s]!.info?.neg === true;
        if (!firstIsNeg && p >= 0 && h.s - p <= 2 && toks[p]!.info?.neg === true && clauseOf[p] === clauseOf[h.s]) {
          v = v > 0 ? v * NEGATE_POS : v * NEGATE_NEG;
        }
        addPolarity(c, v, h.s, h.e, r.reason);
        break;
      }
      case 'sarcasm':
        sarcasmSent.push(sentOf[h.s] ?? 0);
        addPolarity(c, -r.weight, h.s, h.e, r.reason);
        if (!sarcasmEv) sarcasmEv = { s: h.s, e: h.e, w: r.weight, reason: r.reason };
        break;
      case 'lukewarm':
        luke.push({ s: h.s, e: h.e, w: r.weight, reason: r.reason });
        c.luke = Math.max(c.luke, r.weight);
        break;
      case 'suggest':
        suggest.push({ s: h.s, e: h.e, w: r.weight, reason: r.reason });
        if (r.weight > c.suggest) {
          c.suggest = r.weight;
          c.suggestEv = [h.s, h.e, r.reason];
        }
        break;
      default:
        break; // neutral: only claims its words
    }
  }



  // ---- leave verbs: cancel / close / switch / leave ... read with their subject and object ----
  const reasons = lx.lexicon.reasons;
  for (let i = 0; anyVerb && i < n; i++) {
    const t = toks[i]!;
    if (t.kind !== WORD || !t.info || !t.info.verb) continue;
    const v = t.info.verb;
    const subj = subjectOf(cx, i);
    if (subj === 'third' || subj === 'other') continue;
    const nextIdx = nextWordIdx(cx, i);
    if (v.family === 'go' && (nextIdx < 0 || toks[nextIdx]!.norm !== 'with')) continue;
    if (v.family === 'end' && subj === 'none' && prevWord(cx, i, true) < 0 && nextIdx >= 0 && toks[nextIdx]!.norm === 'of') continue;
    let rel = false;
    let tx = false;
    let other = false;
    let forGood = false;
    let last = i;
    const sIdx = sentOf[i];
    const bareTok = toks[nextIdx];
    let bare = nextIdx < 0 || sentOf[nextIdx] !== sIdx || clauseOf[nextIdx] !== clauseOf[i] || (bits(bareTok) & BIT.bareEnd) !== 0 || (bareTok!.info?.contrast ?? 0) > 0;
    if (bareTok && bareTok.norm === 'for') {
      const g = toks[nextWordIdx(cx, nextIdx)];
      if (g && g.norm === 'good') {
        forGood = true;
        bare = true;
      } else bare = false;
    }
    for (let k = i + 1, seen = 0; k < n && seen < 7 && sentOf[k] === sIdx; k++) {
      const w = toks[k]!;
      if (w.kind !== WORD && w.kind !== HASHTAG) continue;
      seen++;
      const also = v.alsoObjects?.includes(w.norm) ?? false;
      const b = bits(w);
      if (b & BIT.relObj || also) {
        rel = true;
        last = k;
        break;
      }
      if (b & BIT.txObj) {
        tx = true;
        last = k;
        if (v.family !== 'cancel') break; // "cancel my order and my account": keep looking for cancel
        continue;
      }
      if (w.norm === 'to' || w.norm === 'with' || ((v.family === 'switch' || v.family === 'move') && b & BIT.providerNoun)) {
        if (b & BIT.providerNoun) {
          other = true;
          last = k;
          break;
        }
        const o = otherTarget(cx, k + 1, ext);
        if (o >= 0) {
          other = true;
          last = o;
          break;
        }
      }
      if ((v.family === 'leave') && (w.norm === 'you' || w.norm === 'your' || w.norm === 'this') && k === nextIdx) {
        rel = true;
        last = k;
        break;
      }
    }
    const negated = negatedBefore(cx, i);
    if (v.negatedIsLeave !== undefined) {
      if (negated) leave.push({ s: i, e: last + 1, w: v.negatedIsLeave, reason: reasons.leaveVerb ?? '' });
      continue;
    }
    let w = 0;
    if (rel && v.relationship) w = v.relationship;
    else if (tx && !rel) w = 0;
    else if (other && v.toOther) w = v.toOther;
    else if (bare && v.bare && subj !== 'none') w = v.bare + (forGood ? 0.1 : 0);
    else if (bare && v.bare && subj === 'none' && prevWord(cx, i, true) < 0) w = v.bare - 0.05; // "Cancel." imperative
    if (negated && (rel || other || bare) && !tx) {
      stay.push({ s: i, e: last + 1, w: 0.8, reason: reasons.negatedLeave ?? '' });
      continue;
    }
    if (w <= 0) continue;
    let reason = reasons.leaveVerb ?? '';
    if (isQuestion(cx, i)) {
      w *= 0.7;
      reason = reasons.leaveQuestion ?? reason;
    } else if (conditional(cx, i)) reason = reasons.leaveConditional ?? reason;
    leave.push({ s: i, e: last + 1, w, reason });
  }


  /** "to another provider", "to Delta", "to your competitor"; returns the last token index or -1. */



  // ---- tenure: "customer for 12 years", "member since 2012", "been using your product since 2015" ----
  if (anyTenure) {
    let sIdx = -1;
    let dur = -1;
    let relTok = -1;
    let verb = false;
    let you = false;
    for (let i = 0; i < n; i++) {
      if (sentOf[i] !== sIdx) {
        tenureFlush(stay, dur, relTok, verb && you, reasons.tenure ?? '');
        sIdx = sentOf[i] ?? 0;
        dur = -1;
        relTok = -1;
        verb = false;
        you = false;
      }
      const t = toks[i]!;
      if (t.kind !== WORD && t.kind !== NUM) continue;
      const w = t.norm;
      const b = bits(t);
      if (!b && t.kind === WORD && w !== 'since' && w !== 'account') continue;
      if (b & BIT.tenureRel || w === 'account') relTok = relTok < 0 ? i : relTok;
      if (b & BIT.tenureVerb) verb = true;
      if (b & BIT.youRef && w !== 'the') you = true;
      if (b & BIT.tenureUnit) {
        const p = toks[prevWord(cx, i, true)];
        if (p && (p.kind === NUM || !Number.isNaN(p.value) || p.norm === 'for' || p.norm === 'many' || p.norm === 'several' || p.norm === 'a' || p.norm === 'whole' || p.norm === 'adult' || p.norm === 'my' || p.norm === 'of')) {
          if (w !== 'life' || p.norm === 'whole' || p.norm === 'adult') dur = dur < 0 ? i : dur;
        }
      } else if (w === 'since') {
        const nx = toks[nextWordIdx(cx, i)];
        if (nx && ((nx.kind === NUM && nx.value >= 1950 && nx.value <= 2100) || nx.norm === 'day' || nx.norm === 'the' || nx.norm === 'forever')) dur = dur < 0 ? i : dur;
      } else if (t.kind === NUM && toks[i + 1]?.norm === 'year' ) {
        dur = dur < 0 ? i : dur; // "a 10 year customer"
      }
    }
    tenureFlush(stay, dur, relTok, verb && you, reasons.tenure ?? '');
  }

  // ---- ratings: "8/10", "4 stars", "I'd give you a 7" ----
  for (let i = 0; anyNum && i < n; i++) {
    const t = toks[i]!;
    const val = t.kind === NUM ? t.value : t.kind === WORD ? t.value : NaN;
    if (Number.isNaN(val)) continue;
    let d = 0;
    let last = i;
    const a = toks[i + 1];
    const b = toks[i + 2];
    if (a && a.kind === PUNCT && a.norm === '/' && b && b.kind === NUM && (b.value === 5 || b.value === 10)) {
      d = b.value;
      last = i + 2;
    } else if (a && a.norm === 'out' && b && b.norm === 'of' && toks[i + 3] && !Number.isNaN(toks[i + 3]!.value)) {
      d = toks[i + 3]!.value;
      last = i + 3;
    } else if (a && bits(a) & BIT.ratingNoun) {
      d = 5;
      last = i + 1;
    } else if (t.kind === NUM && val > 5 && val <= 10) {
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (bits(toks[k]) & BIT.ratingVerb) d = 10;
    }
    if (!d || val > d || !(d === 5 || d === 10)) continue;
    const r = val / d;
    const c = clauses[clauseOf[i] ?? 0]!;
    if (r >= 0.9) addPolarity(c, 3, i, last + 1, reasons.ratingHigh ?? '');
    else if (r < 0.6) addPolarity(c, -3, i, last + 1, reasons.ratingLow ?? '');
    else {
      luke.push({ s: i, e: last + 1, w: 0.8, reason: reasons.ratingPassive ?? '' });
      c.luke = Math.max(c.luke, 0.8);
    }
    for (let k = i; k <= last; k++) claimed[k] = 1;
  }

  // ---- word polarity with negation, boosters, caps ----
  let capsNeg = 0;
  const catToks: number[] = [];
  let exclaim = -1;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.kind === PUNCT) {
      if (t.norm !== ',' && t.value >= 2 && (t.norm === '!' || t.norm === '?')) exclaim = i;
      continue;
    }
    if (t.info && t.info.cat) catToks.push(i);
    if (claimed[i] || t.kind === MENTION || t.kind === NUM) continue;
    if (t.kind === EMOJI && lx.emoji.get(t.norm) === 'sarcasm') {
      sarcasmSent.push(sentOf[i] ?? 0);
      if (!sarcasmEv) sarcasmEv = { s: i, e: i + 1, w: 2, reason: 'sarcasm, not praise' };
      continue;
    }
    const p = t.info ? t.info.pol : 0;
    if (p === 0) {
      if (t.caps && t.kind === WORD && (t.norm === 'again' || t.norm === 'all' || t.norm === 'still' || t.norm === 'never')) capsNeg++;
      continue;
    }
    let v = p;
    const c = clauses[clauseOf[i] ?? 0]!;
    for (let k = i - 1, steps = 0; k >= c.s && steps < 2; k--, steps++) {
      const m = toks[k]!.info?.intens;
      if (!m) break;
      v *= m;
    }
    if (t.caps && (t.norm.length >= 3 || t.norm === 'so')) {
      v *= CAPS_BOOST;
      if (v < 0) capsNeg++;
    }
    for (let k = i - 1, steps = 0; k >= c.s && steps < NEGATION_WINDOW; k--, steps++) {
      const w = toks[k]!;
      if (w.kind === PUNCT) break;
      if (!claimed[k] && w.info !== undefined && w.info.neg) {
        v = v > 0 ? v * NEGATE_POS : v * NEGATE_NEG;
        break;
      }
    }
    addPolarity(c, v, i, i + 1, v > 0 ? reasons.praise ?? '' : reasons.negative ?? '');
  }

  // ---- sarcasm: praise inside a sarcastic sentence is not praise ----
  // A two-word "Great." / "Love it." right after a complaint is read as sarcasm too.
  for (const c of clauses) {
    if (sarcasmSent.length > 0 && sarcasmSent.includes(c.sent)) {
      c.pos = 0;
      c.maxPos = 0;
      c.posEv = null;
    }
  }
  let shortPraise = false;
  for (const c of clauses) if (c.sent > 0 && c.pos > 0 && c.neg === 0 && c.e - c.s <= 4) shortPraise = true;
  if (shortPraise) {
    // per-sentence net polarity and word counts, then one look back per sentence
    const net = new Array<number>(sent + 1).fill(0);
    const wc = new Array<number>(sent + 1).fill(0);
    for (const c of clauses) net[c.sent] = (net[c.sent] ?? 0) + c.neg - c.pos;
    for (let i = 0; i < n; i++) if (toks[i]!.kind === WORD) wc[sentOf[i]!] = (wc[sentOf[i]!] ?? 0) + 1;
    for (const c of clauses) {
      const w = wc[c.sent] ?? 0;
      if (c.sent > 0 && w > 0 && w <= 2 && (net[c.sent - 1] ?? 0) >= 2 && c.pos > 0 && c.neg === 0) {
        c.pos = 0;
        c.maxPos = 0;
        c.posEv = null;
      }
    }
  }

  // ---- totals ----
  let totalPos = 0;
  let totalNeg = 0;
  for (const c of clauses) {
    totalPos += c.pos;
    totalNeg += c.neg;
  }
  const anySarcasm = sarcasmSent.length > 0;
  const negativeContext = totalNeg >= NEG_CONTEXT || anySarcasm;
  if (negativeContext) for (const c of pendingLeave) leave.push(c);
  let intensitySum = 0;
  for (const c of intensity) intensitySum += c.w;
  const intensityW = intensitySum + (exclaim >= 0 && totalNeg > 0 ? 0.2 : 0) + (capsNeg > 0 ? 0.3 : 0);

  const praiseClauses: Clause[] = [];
  const issueClauses: Clause[] = [];
  let mixed = false;
  for (const c of clauses) {
    const praise = isPraiseClause(c);
    if (praise) praiseClauses.push(c);
    if (isIssueClause(c)) {
      issueClauses.push(c);
      if (!praise) mixed = true;
    }
  }
  if (praiseClauses.length === 0) mixed = false;
  const bestLeave = maxOf(leave);
  const bestStay = maxOf(stay);
  const stayW = bestStay ? Math.min(0.95, bestStay.w + (stay.length > 1 ? 0.05 : 0)) : 0;
  const lukeW = luke.length ? Math.min(0.95, maxOf(luke)!.w + 0.15 * (luke.length - 1)) : 0;
  const suggestW = maxOf(suggest)?.w ?? 0;
  const hasContrast = contrastToks.length > 0;

  const threshold = THRESHOLDS[sensitivity];
  let signal: Signal | null = null;
  let conf = 0;
  const ev: Cue[] = [];

  // 1. churn risk: a threat to leave beats everything else
  if (bestLeave && bestLeave.w >= threshold) {
    signal = 'churn_risk';
    conf = Math.min(0.97, bestLeave.w + (negativeContext ? 0.05 : 0));
    ev.push(bestLeave);
    for (const c of leave) if (c !== bestLeave && c.w >= threshold) ev.push(c);
  }
  // 2. frustrated but staying: loyalty + a real complaint
  const frustrated = totalNeg >= FR_NEG_MIN || (issueClauses.length > 0 && intensityW >= 0.3) || anySarcasm;
  if (!signal && bestStay && stayW >= 0.5 && frustrated) {
    const strong = stayW >= 0.6 || totalNeg >= 4 || intensityW >= 0.5;
    if (strong || !mixed) {
      conf = Math.min(0.95, 0.45 + 0.35 * stayW + Math.min(0.15, 0.03 * totalNeg) + (intensityW > 0 ? 0.05 : 0));
      if (conf >= threshold) {
        signal = 'frustrated_retained';
        for (const c of stay) ev.push(c);
        const neg = strongestNeg(clauses);
        if (neg) ev.push(neg);
        if (sarcasmEv) ev.push(sarcasmEv);
        const inten = maxOf(intensity);
        if (inten) ev.push(inten);
      }
    }
  }
  // 3. great, but: praise and a named problem in different clauses
  if (!signal && mixed) {
    let praiseMax = -Infinity;
    for (const c of praiseClauses) if (c.pos > praiseMax) praiseMax = c.pos;
    const issues: Clause[] = [];
    let issueMax = -Infinity;
    for (const c of issueClauses) {
      if (praiseClauses.includes(c)) continue;
      issues.push(c);
      if (c.neg > issueMax) issueMax = c.neg;
    }
    conf = 0.55 + (hasContrast || suggestW >= 0.6 ? 0.15 : 0) + (praiseMax >= 3 ? 0.05 : 0) + (issueMax >= 2.5 || suggestW >= 0.6 ? 0.05 : 0);
    if (totalNeg > 2.5 * totalPos && issues.length >= 2) conf -= 0.15; // a complaint with a courtesy in it
    if (conf >= threshold) {
      signal = 'great_but';
      const p = praiseClauses[0]!;
      const pc = clauseCue(p, 'pos', reasons.praise ?? '');
      if (pc) ev.push(pc);
      const ct = contrastToks[0];
      if (ct !== undefined) ev.push({ s: ct, e: ct + 1, w: 1, reason: reasons.contrast ?? '' });
      for (const c of issues.slice(0, 2)) {
        const ic = c.suggestEv ? clauseCue(c, 'suggest', '') : c.negEv ? clauseCue(c, 'neg', reasons.issue ?? '') : null;
        if (ic) ev.push(ic);
        else {
          const l = luke.find((x) => x.s >= c.s && x.s < c.e);
          if (l) ev.push(l);
        }
      }
    }
  }
  // 4. passive: lukewarm words or a 7-8 rating, without strong praise or a real complaint
  if (!signal && lukeW >= LUKE_MIN) {
    let strongPraise = false;
    for (const c of praiseClauses) if (c.pos >= 3 && c.luke === 0) strongPraise = true;
    if (!strongPraise && totalNeg < 3 && !anySarcasm) {
      conf = Math.min(0.9, 0.4 + 0.45 * lukeW - (totalPos >= 2 ? 0.05 : 0) - (totalNeg >= 2 ? 0.1 : 0));
      if (conf >= threshold) {
        signal = 'passive';
        for (const c of luke) ev.push(c);
      }
    }
  }

  // ---- root cause ----
  const { category, factor } = rootCause(cx, clauses, topics, catToks, intensityW, suggestW);

  if (!signal) {
    const near = Math.max(bestLeave?.w ?? 0, conf);
    const out: Detection = { signal: null, confidence: round(Math.max(0.05, 1 - near)), category, evidence: [] };
    if (factor) out.factor = factor;
    return out;
  }
  const out: Detection = { signal, confidence: round(conf), category, evidence: toEvidence(cx, ev) };
  if (factor) out.factor = factor;
  return out;
}

function byLengthThenOrder(a: Hit, b: Hit): number {
  return b.e - b.s - (a.e - a.s) || a.rule.order - b.rule.order;
}

function byStart(x: Evidence, y: Evidence): number {
  return x.start - y.start;
}

function isPraiseClause(c: Clause): boolean {
  return c.pos - 0.5 * c.neg >= PRAISE_MIN && c.maxPos >= PRAISE_WORD_MIN;
}

function isIssueClause(c: Clause): boolean {
  return (
    c.neg - 0.5 * c.pos >= ISSUE_MIN ||
    c.suggest >= SUGGEST_MIN ||
    (c.luke >= 0.45 && c.pos < PRAISE_MIN) ||
    // "Love it, but the export keeps timing out": a recurring problem after a contrast
    (c.recurring && c.contrast && c.pos === 0)
  );
}

function maxOf(cs: readonly Cue[]): Cue | null {
  let m: Cue | null = null;
  for (const c of cs) if (m === null || c.w > m.w) m = c;
  return m;
}

function clauseCue(c: Clause, which: 'pos' | 'neg' | 'suggest', reason: string): Cue | null {
  const e = which === 'pos' ? c.posEv : which === 'neg' ? c.negEv : c.suggestEv;
  return e ? { s: e[0], e: e[1], w: 1, reason: reason || e[2] } : null;
}

function strongestNeg(clauses: readonly Clause[]): Cue | null {
  let best: Clause | null = null;
  for (const c of clauses) if (c.negEv && (!best || c.negEvW > best.negEvW)) best = c;
  return best ? clauseCue(best, 'neg', '') : null;
}

function tenureFlush(stay: Cue[], dur: number, relTok: number, verbWithYou: boolean, reason: string): void {
  if (dur >= 0 && (relTok >= 0 || verbWithYou)) {
    const near = relTok >= 0 && Math.abs(relTok - dur) <= 8;
    const a = near ? Math.min(relTok, dur) : dur;
    const b = near ? Math.max(relTok, dur) : dur;
    stay.push({ s: a, e: b + 1, w: 0.7, reason });
  }
}

// Root-cause tallies per category (index: CATEGORIES), reset on each call.
const CATEGORIES: readonly Category[] = ['process', 'systems', 'human'];
const score = [0, 0, 0];
const factorOf = ['', '', ''];
const factorW = [0, 0, 0];

function catIndex(cat: Category): number {
  return cat === 'process' ? 0 : cat === 'systems' ? 1 : 2;
}

function note(k: number, f: string, w: number): void {
  score[k]! += w;
  // a specific factor ("rude" -> role_mismatch) beats a bare person noun ("waiter" -> other) of equal weight
  if (w > factorW[k]! || (w === factorW[k] && factorOf[k] === 'other')) {
    factorOf[k] = f;
    factorW[k] = w;
  }
}

function rootCause(
  cx: Ctx,
  clauses: readonly Clause[],
  topics: readonly { s: number; category: Category }[],
  catToks: readonly number[],
  intensityW: number,
  suggestW: number,
): { category: Category | null; factor?: string } {
  const { toks, clauseOf } = cx;
  for (let k = 0; k < 3; k++) {
    score[k] = 0;
    factorOf[k] = '';
    factorW[k] = 0;
  }
  for (const tp of topics) {
    const c = clauses[clauseOf[tp.s] ?? 0]!;
    note(catIndex(tp.category), tp.category === 'process' ? 'too_slow' : tp.category === 'systems' ? 'short_term' : 'other', c.neg > 0 || c.suggest > 0 ? 3 : 1);
  }
  for (const i of catToks) {
    const cf = toks[i]!.info?.cat;
    if (!cf) continue;
    const c = clauses[clauseOf[i] ?? 0]!;
    const w = c.neg - 0.5 * c.pos >= 1 || c.suggest > 0 ? 2 : c.neg > 0 || c.luke > 0 ? 1 : 0;
    if (w) note(catIndex(cf[0]), cf[1], w);
  }
  // ties: systems, then human, then process
  let best = -1;
  if (score[1]! >= 1) best = 1;
  if (score[2]! >= 1 && (best < 0 || score[2]! > score[best]!)) best = 2;
  if (score[0]! >= 1 && (best < 0 || score[0]! > score[best]!)) best = 0;
  if (best < 0) return { category: null };
  const category = CATEGORIES[best]!;
  let f = factorOf[best]!;
  if (category === 'systems' && (intensityW >= 0.3 || suggestW >= 0.55)) f = 'strategic';
  return { category, factor: f };
}

function toEvidence(cx: Ctx, cues: readonly Cue[]): Evidence[] {
  const { toks, text } = cx;
  const out: Evidence[] = [];
  const seen: number[] = [];
  for (const c of cues) {
    const a = toks[c.s];
    const b = toks[Math.max(c.s, c.e - 1)];
    if (!a || !b || seen.includes(a.start)) continue;
    seen.push(a.start);
    const start = a.start;
    const end = Math.max(b.end, a.end);
    out.push({ start, end, cue: text.slice(start, end), reason: c.reason });
  }
  return out.sort(byStart);
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}
