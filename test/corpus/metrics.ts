// Shared by the accuracy test and the benchmark: loads the labelled corpus and scores a predictor.
import { readFileSync } from 'node:fs';
import type { Signal } from '../../lib/detect';

export type Label = Signal | null;
export type Subtype = 'praise' | 'complaint' | 'neutral';
export interface Example {
  text: string;
  label: Label;
  subtype?: Subtype;
  split: 'dev' | 'heldout' | 'tune' | 'check';
  note?: string;
}

export const CLASSES: readonly Signal[] = ['great_but', 'frustrated_retained', 'passive', 'churn_risk'];
export const NEAR_MISS: ReadonlySet<Label> = new Set<Label>(['great_but', 'frustrated_retained', 'passive']);

/** Loads a labelled JSONL file next to this one: the team corpus (en.jsonl) or the probe set (probe-en.jsonl). */
export function loadCorpus(file = 'en.jsonl'): Example[] {
  const url = new URL(`./${file}`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Example);
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

export interface Scores {
  perClass: Record<Signal, Prf>;
  nearMiss: Prf;
  churn: Prf;
  /** Share of null messages of each subtype that got any flag; 'all' counts null messages with no subtype too. */
  falseAlarm: Record<Subtype | 'all', number>;
  /** How many null messages each false-alarm share is of. */
  plainCount: Record<Subtype | 'all', number>;
  accuracy: number;
  errors: { text: string; label: Label; predicted: Label }[];
}

export function score(examples: readonly Pick<Example, 'text' | 'label' | 'subtype'>[], predict: (text: string) => Label): Scores {
  const preds = examples.map((e) => predict(e.text));
  const perClass = {} as Record<Signal, Prf>;
  for (const c of CLASSES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((e, i) => {
      const p = preds[i];
      if (p === c && e.label === c) tp++;
      else if (p === c) fp++;
      else if (e.label === c) fn++;
    });
    perClass[c] = prf(tp, fp, fn);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  examples.forEach((e, i) => {
    const p = NEAR_MISS.has(preds[i] ?? null);
    const g = NEAR_MISS.has(e.label);
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  });
  const nearMiss = prf(tp, fp, fn);
  const fa = { praise: [0, 0], complaint: [0, 0], neutral: [0, 0], all: [0, 0] } as Record<Subtype | 'all', [number, number]>;
  examples.forEach((e, i) => {
    if (e.label !== null) return;
    const flagged = preds[i] !== null ? 1 : 0;
    if (e.subtype) {
      fa[e.subtype][0] += flagged;
      fa[e.subtype][1]++;
    }
    fa.all[0] += flagged;
    fa.all[1]++;
  });
  const falseAlarm = Object.fromEntries(Object.entries(fa).map(([k, [a, b]]) => [k, b ? a / b : 0])) as Record<Subtype | 'all', number>;
  const plainCount = Object.fromEntries(Object.entries(fa).map(([k, [, b]]) => [k, b])) as Record<Subtype | 'all', number>;
  const errors = examples.flatMap((e, i) => (preds[i] === e.label ? [] : [{ text: e.text, label: e.label, predicted: preds[i] ?? null }]));
  return { perClass, nearMiss, churn: perClass.churn_risk, falseAlarm, plainCount, accuracy: 1 - errors.length / examples.length, errors };
}

export function formatScores(name: string, s: Scores): string {
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
  const lines = [`${name}`];
  for (const c of CLASSES) {
    const p = s.perClass[c];
    lines.push(`  ${c.padEnd(20)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  (n=${p.support})`);
  }
  lines.push(`  ${'near-miss (any kind)'.padEnd(20)} P ${pct(s.nearMiss.precision)}  R ${pct(s.nearMiss.recall)}  F1 ${pct(s.nearMiss.f1)}`);
  lines.push(`  ${'churn risk'.padEnd(20)} P ${pct(s.churn.precision)}  R ${pct(s.churn.recall)}  F1 ${pct(s.churn.f1)}`);
  const fa = (k: Subtype | 'all'): string => (s.plainCount[k] ? `${pct(s.falseAlarm[k])}%` : '  n/a');
  lines.push(`  false alarms: praise ${fa('praise')}  complaint ${fa('complaint')}  neutral ${fa('neutral')}  all ${fa('all')}`);
  return lines.join('\n');
}
