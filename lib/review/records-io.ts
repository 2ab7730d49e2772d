/**
 * Near-miss records in and out of files (issue 7): CSV and JSON export, and the import of files
 * agents exported, with every row checked by the record schema and each bad row reported by its
 * line (CSV) or position (JSON). Nothing here touches storage: the page shows the report, and only
 * the rows that passed are sent to the background, and only when the lead says so.
 *
 * The CSV has one column per record field. Structured fields are spelled so a spreadsheet user can
 * read them and the file still round-trips exactly: `evidence` as a JSON array, `correction` as
 * `dismissed` or `corrected:<signal>`, `checklistDone` as space-separated step ids.
 */
import { describeError, nearMissRecordSchema, type NearMissRecord } from '../schema';
import { encodeCsv, parseCsv } from './csv';
import { isNewer } from './merge';

export const CSV_COLUMNS = [
  'id',
  'schemaVersion',
  'revision',
  'createdAt',
  'updatedAt',
  'helpdesk',
  'ticketId',
  'ticketUrl',
  'channel',
  'signal',
  'confidence',
  'evidence',
  'correction',
  'category',
  'factor',
  'contributed',
  'recommendedChange',
  'segment',
  'checklistDone',
  'checklistTotal',
  'outcome',
  'changeStatus',
  'detectorVersion',
  'test',
  'agentName',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns an import must have; the others default (empty = null/none) when the column is absent. */
const REQUIRED_COLUMNS: readonly CsvColumn[] = ['id', 'createdAt', 'helpdesk', 'ticketId', 'ticketUrl', 'signal'];

export interface ExportOptions {
  /** Blameless mode: the agent's name is left out of the file entirely. */
  blameless: boolean;
}

function withoutAgent(record: NearMissRecord): NearMissRecord {
  if (record.agentName === undefined) return record;
  const { agentName: _omitted, ...rest } = record;
  return rest;
}

export function recordToCsvRow(record: NearMissRecord): Record<CsvColumn, string> {
  return {
    id: record.id,
    schemaVersion: String(record.schemaVersion),
    revision: String(record.revision),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    helpdesk: record.helpdesk,
    ticketId: record.ticketId,
    ticketUrl: record.ticketUrl,
    channel: record.channel,
    signal: record.signal,
    confidence: String(record.confidence),
    evidence: record.evidence.length ? JSON.stringify(record.evidence) : '',
    correction: record.correction === null ? '' : record.correction.kind === 'dismissed' ? 'dismissed' : `corrected:${record.correction.signal}`,
    category: record.category ?? '',
    factor: record.factor ?? '',
    contributed: record.contributed,
    recommendedChange: record.recommendedChange,
    segment: record.segment ?? '',
    checklistDone: record.checklist.done.join(' '),
    checklistTotal: String(record.checklist.total),
    outcome: record.outcome,
    changeStatus: record.changeStatus,
    detectorVersion: record.detectorVersion,
    test: record.test ? 'true' : '',
    agentName: record.agentName ?? '',
  };
}

export function recordsToCsv(records: readonly NearMissRecord[], options: ExportOptions): string {
  const columns = options.blameless ? CSV_COLUMNS.filter((c) => c !== 'agentName') : CSV_COLUMNS;
  const rows: string[][] = [[...columns]];
  for (const record of records) {
    const row = recordToCsvRow(record);
    rows.push(columns.map((column) => row[column]));
  }
  return encodeCsv(rows);
}

/** The JSON export has the shape the review endpoint answers with, so either can be imported. */
export function recordsToJson(records: readonly NearMissRecord[], options: ExportOptions): string {
  const out = options.blameless ? records.map(withoutAgent) : records;
  return `${JSON.stringify({ records: out }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportProblem {
  /** "line 4" (CSV) or "record 3" (JSON, 1-based); "file" for the file as a whole. */
  where: string;
  message: string;
}

export interface ImportReport {
  /** Rows that passed the schema, each id once (a repeated id keeps its newest version). */
  records: NearMissRecord[];
  problems: ImportProblem[];
  /** Rows read, valid or not. */
  total: number;
}

/** Lets a long import hand the main thread back between chunks (the page passes a macrotask). */
export type Yielder = () => Promise<void>;

const noYield: Yielder = async () => {};
/** Rows validated between two yields: about 5 ms of zod work on a 2-core laptop. */
const CHUNK = 250;

/** A CSV cell back to the value the schema expects, or a message when the cell cannot mean anything. */
function csvRowToCandidate(get: (column: CsvColumn) => string | undefined): { value: unknown } | { error: string } {
  const text = (column: CsvColumn) => get(column) ?? '';
  const orNull = (column: CsvColumn) => (text(column) === '' ? null : text(column));
  const number = (column: CsvColumn, fallback: number): number | string => {
    const raw = get(column);
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    // Kept as the raw text when not a number, so the schema names the column in its message.
    return raw.trim() !== '' && Number.isFinite(value) ? value : raw;
  };
  let evidence: unknown = [];
  const rawEvidence = text('evidence');
  if (rawEvidence.startsWith('[')) {
    try {
      evidence = JSON.parse(rawEvidence);
    } catch {
      return { error: 'evidence: starts with "[" but is not a JSON array of {"quote": …}' };
    }
  } else if (rawEvidence !== '') {
    // A hand-made file may give one plain quote.
    evidence = [{ quote: rawEvidence }];
  }
  const rawCorrection = text('correction');
  let correction: unknown = null;
  if (rawCorrection === 'dismissed') correction = { kind: 'dismissed' };
  else if (rawCorrection.startsWith('corrected:')) correction = { kind: 'corrected', signal: rawCorrection.slice('corrected:'.length) };
  else if (rawCorrection !== '') return { error: 'correction: write "dismissed", "corrected:<signal>" or leave it empty' };
  const rawTest = text('test');
  if (rawTest !== '' && rawTest !== 'true') return { error: 'test: write "true" or leave it empty' };
  const createdAt = text('createdAt');
  const agentName = text('agentName');
  const done = text('checklistDone');
  return {
    value: {
      schemaVersion: number('schemaVersion', 1),
      id: text('id'),
      revision: number('revision', 0),
      createdAt,
      updatedAt: get('updatedAt') ? text('updatedAt') : createdAt,
      helpdesk: text('helpdesk'),
      ticketId: text('ticketId'),
      ticketUrl: text('ticketUrl'),
      channel: get('channel') ? text('channel') : 'unknown',
      signal: text('signal'),
      confidence: number('confidence', 0),
      evidence,
      correction,
      category: orNull('category'),
      factor: orNull('factor'),
      contributed: text('contributed'),
      recommendedChange: text('recommendedChange'),
      segment: orNull('segment'),
      checklist: { done: done === '' ? [] : done.split(' '), total: number('checklistTotal', 0) },
      outcome: get('outcome') ? text('outcome') : 'pending',
      changeStatus: get('changeStatus') ? text('changeStatus') : 'open',
      detectorVersion: get('detectorVersion') ? text('detectorVersion') : 'import',
      ...(rawTest === 'true' ? { test: true } : {}),
      ...(agentName !== '' ? { agentName } : {}),
    },
  };
}

class Collector {
  readonly byId = new Map<string, NearMissRecord>();
  readonly problems: ImportProblem[] = [];
  total = 0;

  check(where: string, candidate: unknown): void {
    this.total++;
    const parsed = nearMissRecordSchema.safeParse(candidate);
    if (!parsed.success) {
      this.problems.push({ where, message: describeError(parsed.error) });
      return;
    }
    const existing = this.byId.get(parsed.data.id);
    if (!existing || isNewer(parsed.data, existing)) this.byId.set(parsed.data.id, parsed.data);
  }

  report(): ImportReport {
    return { records: [...this.byId.values()], problems: this.problems, total: this.total };
  }
}

export async function parseCsvImport(text: string, yieldNow: Yielder = noYield): Promise<ImportReport> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { records: [], problems: [{ where: `line ${parsed.line}`, message: parsed.error }], total: 0 };
  const [header, ...rows] = parsed.rows;
  if (!header) return { records: [], problems: [{ where: 'file', message: 'the file is empty' }], total: 0 };
  const index = new Map<string, number>();
  const unknown: string[] = [];
  header.fields.forEach((name, position) => {
    const column = name.trim();
    if ((CSV_COLUMNS as readonly string[]).includes(column)) index.set(column, position);
    else unknown.push(column);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `missing column(s): ${missing.join(', ')}` : '', unknown.length ? `unknown column(s): ${unknown.join(', ')}` : ''];
    return { records: [], problems: [{ where: `line ${header.line}`, message: parts.filter(Boolean).join('; ') }], total: 0 };
  }
  const collector = new Collector();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (r > 0 && r % CHUNK === 0) await yieldNow();
    const where = `line ${row.line}`;
    if (row.fields.length !== header.fields.length) {
      collector.total++;
      collector.problems.push({ where, message: `${row.fields.length} fields where the header has ${header.fields.length}` });
      continue;
    }
    const candidate = csvRowToCandidate((column) => {
      const position = index.get(column);
      return position === undefined ? undefined : row.fields[position];
    });
    if ('error' in candidate) {
      collector.total++;
      collector.problems.push({ where, message: candidate.error });
    } else collector.check(where, candidate.value);
  }
  return collector.report();
}

export async function parseJsonImport(text: string, yieldNow: Yielder = noYield): Promise<ImportReport> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { records: [], problems: [{ where: 'file', message: `not JSON: ${error instanceof Error ? error.message : String(error)}` }], total: 0 };
  }
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as { records?: unknown }).records) ? (data as { records: unknown[] }).records : undefined;
  if (!list) return { records: [], problems: [{ where: 'file', message: 'expected an array of records or { "records": [...] }' }], total: 0 };
  const collector = new Collector();
  for (let r = 0; r < list.length; r++) {
    if (r > 0 && r % CHUNK === 0) await yieldNow();
    collector.check(`record ${r + 1}`, list[r]);
  }
  return collector.report();
}

/** Picks the reader by file name, then by the first character (a JSON file starts with [ or {). */
export function parseImport(name: string, text: string, yieldNow: Yielder = noYield): Promise<ImportReport> {
  const lower = name.toLowerCase();
  const json = lower.endsWith('.json') || (!lower.endsWith('.csv') && /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')));
  return json ? parseJsonImport(text, yieldNow) : parseCsvImport(text, yieldNow);
}
