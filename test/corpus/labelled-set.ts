// Reads a labelled set that lives outside the repo (a lead's held-out messages, a team's own
// export) so `npm run bench:detect -- <file>` can score every detector and time them on it, in one
// run. JSON Lines ({"text", "label", "subtype"?} per line) or CSV/TSV with a header row naming a
// `text` and a `label` column. Every row is checked; a bad one stops the run with its line number,
// since a silently skipped or misread row would change the figures the run is meant to prove.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { Label, Subtype } from './metrics';

export interface LabelledMessage {
  text: string;
  label: Label;
  subtype?: Subtype;
}

/** Label spellings accepted, after lower-casing and turning spaces and hyphens into underscores. */
const LABELS: ReadonlyMap<string, Label> = new Map([
  ['great_but', 'great_but'],
  ['frustrated_retained', 'frustrated_retained'],
  ['frustrated_yet_retained', 'frustrated_retained'],
  ['passive', 'passive'],
  ['churn_risk', 'churn_risk'],
  ['churn', 'churn_risk'],
  ['null', null],
  ['none', null],
  ['', null],
]);

const label = z.unknown().transform((raw, ctx): Label => {
  if (raw === undefined) {
    ctx.addIssue({ code: 'custom', message: 'missing (use null for a message that is not a near miss)' });
    return z.NEVER;
  }
  const key = raw === null ? 'null' : typeof raw === 'string' ? raw.trim().toLowerCase().replace(/[\s-]+/g, '_') : undefined;
  const known = key === undefined ? undefined : LABELS.get(key);
  if (known !== undefined) return known;
  ctx.addIssue({
    code: 'custom',
    message: `${JSON.stringify(raw)} is not one of great_but, frustrated_retained, passive, churn_risk, or null/none/empty (not a near miss)`,
  });
  return z.NEVER;
});

const subtype = z
  .string()
  .nullish()
  .transform((raw, ctx): Subtype | undefined => {
    const key = (raw ?? '').trim().toLowerCase();
    if (key === '') return undefined;
    if (key === 'praise' || key === 'complaint' || key === 'neutral') return key;
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(raw)} is not one of praise, complaint, neutral (or empty)` });
    return z.NEVER;
  });

const row = z.object({
  text: z.string().refine((t) => t.trim() !== '', 'text is empty'),
  label,
  subtype,
});

export class LabelledSetError extends Error {}

function check(raw: unknown, where: string): LabelledMessage {
  const parsed = row.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    throw new LabelledSetError(`${where}: ${why}`);
  }
  const { text, label, subtype } = parsed.data;
  return subtype ? { text, label, subtype } : { text, label };
}

/** Splits CSV/TSV text into rows of fields (RFC 4180 quoting: "a, ""b""" and line breaks inside quotes), with the line each row starts on. */
export function parseDelimited(source: string, sep: ',' | '\t'): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) throw new LabelledSetError(`line ${rowLine}: a quoted field is never closed`);
  if (field !== '' || fields.length) endRow();
  return rows;
}

/** Parses a labelled set from its text; `name` decides the format (.csv, .tsv, anything else JSON Lines). */
export function parseLabelledSet(source: string, name: string): LabelledMessage[] {
  const body = source.replace(/^\uFEFF/, '');
  const out: LabelledMessage[] = [];
  if (/\.(csv|tsv)$/i.test(name)) {
    const rows = parseDelimited(body, /\.tsv$/i.test(name) ? '\t' : ',');
    const header = rows.shift();
    if (!header) throw new LabelledSetError(`${name} is empty`);
    const col = (n: string): number => header.fields.findIndex((f) => f.trim().toLowerCase() === n);
    const [ti, li, si] = [col('text'), col('label'), col('subtype')];
    if (ti < 0 || li < 0) throw new LabelledSetError(`line ${header.line}: the header row needs a "text" and a "label" column (found: ${header.fields.join(', ')})`);
    for (const r of rows) {
      if (r.fields.length !== header.fields.length) throw new LabelledSetError(`line ${r.line}: ${r.fields.length} fields, the header has ${header.fields.length}`);
      out.push(check({ text: r.fields[ti], label: r.fields[li], subtype: si < 0 ? undefined : r.fields[si] }, `line ${r.line}`));
    }
  } else {
    body.split('\n').forEach((l, i) => {
      if (!l.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(l);
      } catch {
        throw new LabelledSetError(`line ${i + 1}: not a JSON object (JSON Lines expects one {"text", "label"} object per line)`);
      }
      out.push(check(raw, `line ${i + 1}`));
    });
  }
  if (!out.length) throw new LabelledSetError(`${name} holds no labelled messages`);
  return out;
}

export function loadLabelledSet(path: string): LabelledMessage[] {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LabelledSetError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseLabelledSet(source, path);
}
