import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../test/support/records';
import { canonicalJson, isNewer, mergeDecision } from './merge';

describe('mergeDecision', () => {
  const stored = makeRecord({ revision: 1, updatedAt: '2026-01-06T10:00:00.000Z' });

  it('adds an unknown id', () => {
    expect(mergeDecision(undefined, stored)).toBe('added');
  });

  it('calls the same record unchanged whatever its key order', () => {
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(stored).reverse()))) as typeof stored;
    expect(mergeDecision(stored, reordered)).toBe('unchanged');
  });

  it('takes a higher revision, then a later edit', () => {
    expect(mergeDecision(stored, { ...stored, revision: 2, updatedAt: '2026-01-01T00:00:00.000Z' })).toBe('updated');
    expect(mergeDecision(stored, { ...stored, updatedAt: '2026-01-06T10:00:01.000Z', changeStatus: 'done' })).toBe('updated');
  });

  it('keeps the stored version against an older one or a same-version conflict', () => {
    expect(mergeDecision(stored, { ...stored, revision: 0, updatedAt: '2026-02-01T00:00:00.000Z' })).toBe('kept');
    expect(mergeDecision(stored, { ...stored, changeStatus: 'done' })).toBe('kept');
  });
});

describe('isNewer / canonicalJson', () => {
  it('orders by revision first', () => {
    expect(isNewer(makeRecord({ revision: 1 }), makeRecord({ revision: 0, updatedAt: '2030-01-01T00:00:00.000Z' }))).toBe(true);
  });

  it('sorts keys and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }] })).toBe('{"a":[{"c":"x"}],"b":1}');
  });
});
