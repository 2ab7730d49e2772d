import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../test/support/records';
import { compileFilter, dayEnd, dayStart, distinctValues, effectiveSignal, filterFromHash, filterRecords, filterToHash, indexRecord, isEmptyFilter } from './filter';

const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();
const records = [
  makeRecord({ id: '00000000-0000-4000-8000-000000000001', createdAt: local(2026, 1, 5), category: 'process', factor: 'too_slow', helpdesk: 'zendesk', segment: 'key_account', outcome: 'recovered' }),
  makeRecord({ id: '00000000-0000-4000-8000-000000000002', createdAt: local(2026, 1, 12), category: 'systems', factor: 'strategic', helpdesk: 'front', segment: null, outcome: 'lost', signal: 'passive', evidence: [{ quote: 'It was fine, I GUESS' }] }),
  makeRecord({ id: '00000000-0000-4000-8000-000000000003', createdAt: local(2026, 1, 12, 23), category: null, factor: null, helpdesk: 'zendesk', segment: 'smb', outcome: 'pending', correction: { kind: 'corrected', signal: 'frustrated_retained' }, agentName: 'Dana' }),
];
const indexed = records.map((r) => indexRecord(r, true));
const ids = (filter: Parameters<typeof filterRecords>[1]) => filterRecords(indexed, filter).map((i) => i.record.id.slice(-1));

describe('filterRecords', () => {
  it('passes everything through an empty filter', () => {
    expect(ids({})).toEqual(['1', '2', '3']);
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ q: '' })).toBe(true);
  });

  it('filters by each field', () => {
    expect(ids({ category: 'process' })).toEqual(['1']);
    expect(ids({ category: 'none' })).toEqual(['3']);
    expect(ids({ factor: 'strategic' })).toEqual(['2']);
    expect(ids({ helpdesk: 'zendesk' })).toEqual(['1', '3']);
    expect(ids({ segment: 'smb' })).toEqual(['3']);
    expect(ids({ outcome: 'lost' })).toEqual(['2']);
    expect(ids({ changeStatus: 'open' })).toEqual(['1', '2', '3']);
  });

  it('filters by the corrected signal, not the detector guess', () => {
    expect(effectiveSignal(records[2]!)).toBe('frustrated_retained');
    expect(ids({ signal: 'great_but' })).toEqual(['1']);
    expect(ids({ signal: 'frustrated_retained' })).toEqual(['3']);
  });

  it('takes whole local days, both ends inclusive', () => {
    expect(ids({ from: '2026-01-12' })).toEqual(['2', '3']);
    expect(ids({ to: '2026-01-12' })).toEqual(['1', '2', '3']);
    expect(ids({ to: '2026-01-11' })).toEqual(['1']);
    expect(ids({ from: '2026-01-06', to: '2026-01-12' })).toEqual(['2', '3']);
    expect(dayEnd('2026-01-12') - dayStart('2026-01-12')).toBe(new Date(2026, 0, 13).getTime() - new Date(2026, 0, 12).getTime());
  });

  it('searches free text case-insensitively, every word, in any order', () => {
    expect(ids({ q: 'guess FINE' })).toEqual(['2']);
    expect(ids({ q: 'export stream' })).toEqual(['1', '2', '3']);
    expect(ids({ q: 'KEY_ACCOUNT export' })).toEqual(['1']);
    expect(ids({ q: 'nowhere' })).toEqual([]);
  });

  it('searches agent names only when blameless mode is off', () => {
    expect(ids({ q: 'dana' })).toEqual([]);
    const named = records.map((r) => indexRecord(r, false));
    expect(filterRecords(named, { q: 'dana' }).map((i) => i.record.id.slice(-1))).toEqual(['3']);
  });

  it('combines filters', () => {
    expect(ids({ helpdesk: 'zendesk', category: 'process', q: 'export' })).toEqual(['1']);
    expect(compileFilter({ helpdesk: 'zendesk', outcome: 'lost' })(indexed[0]!)).toBe(false);
  });
});

describe('URL hash', () => {
  it('round-trips a filter and the selected record', () => {
    const filter = { signal: 'passive', category: 'systems', factor: 'strategic', helpdesk: 'front', segment: 'key account', outcome: 'lost', changeStatus: 'in_progress', from: '2026-01-01', to: '2026-01-31', q: 'export & "times"' } as const;
    const hash = filterToHash(filter, '00000000-0000-4000-8000-000000000002');
    expect(hash).toBe('#signal=passive&category=systems&factor=strategic&helpdesk=front&segment=key+account&outcome=lost&changeStatus=in_progress&from=2026-01-01&to=2026-01-31&q=export+%26+%22times%22&id=00000000-0000-4000-8000-000000000002');
    expect(filterFromHash(hash)).toEqual({ filter, selected: '00000000-0000-4000-8000-000000000002' });
    expect(filterToHash({})).toBe('');
  });

  it('drops values that are not in the vocabulary or not well formed', () => {
    expect(filterFromHash('#signal=angry&category=<b>&factor=nope&helpdesk=Not%20Id&outcome=x&from=2026-13-99x&to=yesterday&id=../../x&extra=1')).toEqual({ filter: {} });
  });
});

describe('distinctValues', () => {
  it('lists helpdesks and segments present, sorted', () => {
    expect(distinctValues(indexed)).toEqual({ helpdesks: ['front', 'zendesk'], segments: ['key_account', 'smb'] });
  });
});
