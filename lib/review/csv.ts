/**
 * RFC 4180 CSV, plus the spreadsheet formula escape (issue 7).
 *
 * Writing: records end in CRLF; a field is quoted when it holds a comma, a double quote, CR or LF,
 * and quotes inside are doubled. A cell that a spreadsheet would run as a formula (it starts with
 * `=`, `+`, `-`, `@`, a tab or a CR: the OWASP "CSV injection" list) gets a leading `'`, which
 * Excel, LibreOffice and Google Sheets show as text. Reading strips exactly that escape, so an
 * exported file re-imports to the same values.
 *
 * The escape must be reversible for every string, including one that already starts with `'`
 * followed by a trigger (`'=x`). So the rule is: escape when the cell matches `'*` then a trigger
 * (`=x` → `'=x`, `'=x` → `''=x`), and unescape by removing one `'` from a cell of the same shape
 * with at least one `'`. A plain `'hello` matches neither and travels unchanged.
 */

/** Characters that make a spreadsheet treat a cell as a formula (or, tab/CR, shift it into one). */
const FORMULA_TRIGGER = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

export function escapeFormula(cell: string): string {
  return FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as written: formula-escaped, then quoted if needed. */
export function encodeField(value: string): string {
  const cell = escapeFormula(value);
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A whole file: every record (the header included) ends in CRLF, as RFC 4180 §2.1 writes it. */
export function encodeCsv(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(encodeField).join(',')}\r\n`;
  return out;
}

export interface CsvRow {
  /** 1-based line on which the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; error: string; line: number };

/**
 * Parses RFC 4180 text (CRLF or bare LF line ends, an optional UTF-8 BOM) and strips the formula
 * escape from every field. Blank lines are skipped. A quote that never closes, or text right after
 * a closing quote, is an error naming its line: guessing would silently change values.
 */
export function parseCsv(text: string): CsvParse {
  const rows: CsvRow[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let atEnd = false;
    for (;;) {
      if (text[i] === '"') {
        // Quoted field: runs to the next quote that is not doubled.
        i++;
        for (;;) {
          if (i >= n) return { ok: false, error: 'a quoted field is never closed', line: start };
          const quote = text.indexOf('"', i);
          if (quote === -1) return { ok: false, error: 'a quoted field is never closed', line: start };
          const chunk = text.slice(i, quote);
          field += chunk;
          line += countNewlines(chunk);
          i = quote + 1;
          if (text[i] === '"') {
            field += '"';
            i++;
            continue;
          }
          break;
        }
        const next = text[i];
        if (i < n && next !== ',' && next !== '\r' && next !== '\n') {
          return { ok: false, error: 'unexpected text after a closing quote', line };
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 /* , */ || c === 10 /* \n */ || c === 13 /* \r */) break;
          if (c === 34 /* " */) return { ok: false, error: 'a double quote inside an unquoted field', line };
          j++;
        }
        field = text.slice(i, j);
        i = j;
      }
      fields.push(unescapeFormula(field));
      field = '';
      if (i >= n) {
        atEnd = true;
        break;
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      // End of record: CRLF, LF, or a lone CR (old Mac files).
      if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
      else i++;
      line++;
      break;
    }
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) rows.push({ line: start, fields });
    if (atEnd) break;
  }
  return { ok: true, rows };
}

function countNewlines(chunk: string): number {
  let count = 0;
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk.charCodeAt(k);
    if (c === 10) count++;
    else if (c === 13 && chunk.charCodeAt(k + 1) !== 10) count++;
  }
  return count;
}
