import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearMissRecordSchema } from '../schema';
import { generateRecords, makeRecord } from '../../test/support/records';
import { CSV_COLUMNS, parseCsvImport, parseImport, parseJsonImport, recordsToCsv, recordsToJson } from './records-io';

const header = CSV_COLUMNS.join(',');

describe('recordsToCsv', () => {
  it('writes a header and one CRLF-terminated row per record, with structured fields spelled out', () => {
    const record = makeRecord({ correction: { kind: 'corrected', signal: 'passive' }, checklist: { done: ['thank', 'ask'], total: 3 }, agentName: 'Dana' });
    const actual = recordsToCsv([record], { blameless: false });
    expect(actual).toBe(
      `${header}\r\n` +
        '3f1c2a7e-9d4b-4c1a-8e2f-5a6b7c8d9e0f,1,0,2026-01-05T09:00:00.000Z,2026-01-05T09:00:00.000Z,zendesk,1042,https://acme.zendesk.com/agent/tickets/1042,email,great_but,0.9,' +
        '"[{""quote"":""Love the product, but the export keeps timing out"",""messageId"":""c1""}]",corrected:passive,systems,strategic,Export times out on large accounts,Stream the export,key_account,thank ask,3,recovered,open,1.0.0,,Dana\r\n',
    );
  });

  it('leaves the agent column out in blameless mode', () => {
    const csv = recordsToCsv([makeRecord({ agentName: 'Dana' })], { blameless: true });
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.filter((c) => c !== 'agentName').join(','));
    expect(csv).not.toContain('Dana');
  });

  it('escapes formula cells', () => {
    const csv = recordsToCsv([makeRecord({ contributed: '=HYPERLINK("https://evil.example","x")', recommendedChange: '+cmd', segment: '@SUM(1)' })], { blameless: true });
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")",'+cmd,'@SUM(1)`);
  });
});

describe('CSV round trip', () => {
  it('re-imports an export to the same records (10 generated + edge cases)', async () => {
    const records = [
      ...generateRecords(10),
      makeRecord({
        id: '00000000-0000-4000-8000-0000000000aa',
        contributed: "'=already quoted\r\nand \"two\" lines, with commas",
        recommendedChange: '-minus',
        evidence: [],
        correction: { kind: 'dismissed' },
        category: null,
        factor: null,
        segment: null,
        test: true,
        agentName: 'Dana, "the" agent',
      }),
    ];
    const report = await parseCsvImport(recordsToCsv(records, { blameless: false }));
    expect(report.problems).toEqual([]);
    expect(report.total).toBe(11);
    expect(report.records).toEqual(records);
  });

  it('round-trips arbitrary free text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), async (contributed, quote) => {
        const record = makeRecord({ contributed, evidence: quote ? [{ quote }] : [] });
        const report = await parseCsvImport(recordsToCsv([record], { blameless: true }));
        expect(report.records).toEqual([record]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseCsvImport', () => {
  it('reports each bad row by its line and keeps the good ones', async () => {
    const good = makeRecord();
    const columns = CSV_COLUMNS.filter((c) => c !== 'agentName');
    const row = (fields: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) => {
      const base: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
        id: '00000000-0000-4000-8000-000000000002', createdAt: '2026-01-05T09:00:00.000Z', helpdesk: 'zendesk', ticketId: '1',
        ticketUrl: 'https://a.zendesk.com/t/1', channel: 'email', signal: 'great_but', confidence: '0.5', outcome: 'pending', changeStatus: 'open',
      };
      const merged = { ...base, ...fields };
      return columns.map((c) => merged[c] ?? '').join(',');
    };
    const csv =
      recordsToCsv([good], { blameless: true }) +
      `${row({ id: 'not-a-uuid' })}\r\n${row({ ticketUrl: 'javascript:alert(1)' })}\r\n${row({ category: 'process', factor: 'strategic' })}\r\ntoo,few\r\n`;
    const report = await parseCsvImport(csv);
    expect(report.records).toEqual([good]);
    expect(report.total).toBe(5);
    expect(report.problems).toEqual([
      { where: 'line 3', message: 'id: Invalid UUID' },
      { where: 'line 4', message: 'ticketUrl: must be an https:// address (http:// only for localhost or 127.0.0.1)' },
      { where: 'line 5', message: 'factor: not a process factor' },
      { where: 'line 6', message: `2 fields where the header has ${CSV_COLUMNS.length - 1}` },
    ]);
  });

  it('fills optional columns a hand-made file leaves out, and takes a plain quote as evidence', async () => {
    const csv = 'id,createdAt,helpdesk,ticketId,ticketUrl,signal,evidence\r\n00000000-0000-4000-8000-000000000001,2026-02-01T10:00:00.000Z,front,cnv_1,https://app.frontapp.com/open/cnv_1,passive,"It was fine, I guess"\r\n';
    const report = await parseCsvImport(csv);
    expect(report.problems).toEqual([]);
    expect(report.records).toEqual([
      nearMissRecordSchema.parse({
        schemaVersion: 1,
        id: '00000000-0000-4000-8000-000000000001',
        revision: 0,
        createdAt: '2026-02-01T10:00:00.000Z',
        updatedAt: '2026-02-01T10:00:00.000Z',
        helpdesk: 'front',
        ticketId: 'cnv_1',
        ticketUrl: 'https://app.frontapp.com/open/cnv_1',
        channel: 'unknown',
        signal: 'passive',
        confidence: 0,
        evidence: [{ quote: 'It was fine, I guess' }],
        correction: null,
        category: null,
        factor: null,
        contributed: '',
        recommendedChange: '',
        segment: null,
        checklist: { done: [], total: 0 },
        outcome: 'pending',
        changeStatus: 'open',
        detectorVersion: 'import',
      }),
    ]);
  });

  it('refuses a file with missing or unknown columns as a whole', async () => {
    expect(await parseCsvImport('id,signal,evil\r\n1,passive,x\r\n')).toEqual({
      records: [],
      total: 0,
      problems: [{ where: 'line 1', message: 'missing column(s): createdAt, helpdesk, ticketId, ticketUrl; unknown column(s): evil' }],
    });
  });

  it('keeps one version per id: the newest', async () => {
    const old = makeRecord({ revision: 0, recommendedChange: 'old' });
    const newer = makeRecord({ revision: 1, recommendedChange: 'new' });
    const report = await parseCsvImport(recordsToCsv([newer, old], { blameless: true }));
    expect(report.records).toEqual([newer]);
    expect(report.total).toBe(2);
  });

  it('imports script tags and formulas as plain text', async () => {
    const csv =
      'id,createdAt,helpdesk,ticketId,ticketUrl,signal,contributed,recommendedChange,segment,evidence\r\n' +
      '00000000-0000-4000-8000-000000000001,2026-02-01T10:00:00.000Z,zendesk,1,https://a.zendesk.com/t/1,passive,"=HYPERLINK(""https://evil.example"",""click"")",+cmd|\' /C calc\'!A0,@SUM(1+1),<script>alert(1)</script>\r\n';
    const report = await parseCsvImport(csv);
    expect(report.problems).toEqual([]);
    expect(report.records[0]).toMatchObject({
      contributed: '=HYPERLINK("https://evil.example","click")',
      recommendedChange: "+cmd|' /C calc'!A0",
      segment: '@SUM(1+1)',
      evidence: [{ quote: '<script>alert(1)</script>' }],
    });
  });
});

describe('JSON', () => {
  it('exports { records } and re-imports it; blameless drops agent names', async () => {
    const records = [makeRecord({ agentName: 'Dana' })];
    expect(JSON.parse(recordsToJson(records, { blameless: true }))).toEqual({ records: [makeRecord()] });
    expect((await parseJsonImport(recordsToJson(records, { blameless: false }))).records).toEqual(records);
  });

  it('accepts a bare array and reports bad entries by position', async () => {
    const report = await parseJsonImport(JSON.stringify([makeRecord(), { id: 'x' }, makeRecord({ agentName: '' })]));
    expect(report.records).toEqual([makeRecord()]);
    expect(report.problems.map((p) => p.where)).toEqual(['record 2', 'record 3']);
    expect(report.problems[1]).toEqual({ where: 'record 3', message: 'agentName: Too small: expected string to have >=1 characters' });
  });

  it('reports a file that is not JSON, or not a list', async () => {
    expect((await parseJsonImport('{oops')).problems[0]?.where).toBe('file');
    expect(await parseJsonImport('{"rows": []}')).toEqual({ records: [], total: 0, problems: [{ where: 'file', message: 'expected an array of records or { "records": [...] }' }] });
  });

  it('picks the reader by name, then by content', async () => {
    const json = recordsToJson([makeRecord()], { blameless: true });
    expect((await parseImport('export.JSON', json)).records).toHaveLength(1);
    expect((await parseImport('export.txt', json)).records).toHaveLength(1);
    expect((await parseImport('export.csv', recordsToCsv([makeRecord()], { blameless: true }))).records).toHaveLength(1);
  });

  it('yields between chunks on a long import', async () => {
    let yields = 0;
    const report = await parseJsonImport(JSON.stringify(generateRecords(1000)), async () => void yields++);
    expect(report.records).toHaveLength(1000);
    expect(yields).toBe(3);
  });
});
