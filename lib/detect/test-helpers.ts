// Shared by the rule-family tests: a table row is [input, expected signal].
import { expect, it } from 'vitest';
import { detect, type Signal } from './index';

export type Row = readonly [input: string, expected: Signal | null];

export function signalTable(rows: readonly Row[]): void {
  it.each(rows)('%s -> %s', (input, expected) => {
    const actual = detect(input);
    expect(actual.signal, JSON.stringify(actual.evidence)).toBe(expected);
    if (actual.signal !== null) expect(actual.evidence.length).toBeGreaterThan(0);
  });
}
