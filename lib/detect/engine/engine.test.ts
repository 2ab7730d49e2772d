// The new engine must read every message exactly as the old one did: the whole corpus, the strings of
// the unit tests and variants of each (see compare.ts), under every sensitivity and with team options.
import { describe, expect, it } from 'vitest';
import { compare, inputs } from './compare';

describe('new engine against the old one', () => {
  it('returns the same Detection for every input', () => {
    const texts = inputs();
    expect(texts.length).toBeGreaterThan(5000);
    const diffs = compare(texts);
    expect(diffs.slice(0, 5)).toEqual([]);
  });
});
