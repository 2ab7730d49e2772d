import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeCsv, encodeField, escapeFormula, parseCsv, unescapeFormula } from './csv';

describe('encodeCsv (RFC 4180)', () => {
  it('ends every record with CRLF, quotes fields with comma, quote or newline, doubles quotes', () => {
    const actual = encodeCsv([
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', 'cr\rhere', 'plain'],
    ]);
    expect(actual).toBe('a,"b,c","say ""hi"""\r\n"line\nbreak","cr\rhere",plain\r\n');
  });

  it('escapes cells a spreadsheet would run as formulas with one leading quote', () => {
    expect(['=HYPERLINK("http://x","y")', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(encodeField)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")"`,
      "'+cmd",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
    ]);
  });

  it('leaves other cells alone, including ones that merely contain a trigger or start with a quote', () => {
    expect(['a=b', "'hello", '', '3-1', 'x@y'].map(encodeField)).toEqual(['a=b', "'hello", '', '3-1', 'x@y']);
  });
});

describe('formula escape', () => {
  it('escapes an already-quoted trigger again so it survives the round trip', () => {
    expect(escapeFormula("'=x")).toBe("''=x");
    expect(unescapeFormula("''=x")).toBe("'=x");
    expect(unescapeFormula("'=x")).toBe('=x');
    expect(unescapeFormula("'hello")).toBe("'hello");
  });

  it('round-trips every string', () => {
    fc.assert(fc.property(fc.string(), (s) => unescapeFormula(escapeFormula(s)) === s));
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and reports record start lines', () => {
    const actual = parseCsv('h1,h2\r\n"a,b","say ""hi"""\r\n"two\r\nlines",x\r\nlast,row');
    expect(actual).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['h1', 'h2'] },
        { line: 2, fields: ['a,b', 'say "hi"'] },
        { line: 3, fields: ['two\r\nlines', 'x'] },
        { line: 5, fields: ['last', 'row'] },
      ],
    });
  });

  it('accepts LF line ends and a BOM, and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2\n')).toEqual({ ok: true, rows: [{ line: 1, fields: ['a', 'b'] }, { line: 3, fields: ['1', '2'] }] });
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\r\n')).toEqual({ ok: true, rows: [{ line: 1, fields: ['a', '', 'c', ''] }] });
  });

  it('strips exactly one formula escape', () => {
    expect(parseCsv("'=1+1,''@x,'plain\r\n")).toEqual({ ok: true, rows: [{ line: 1, fields: ['=1+1', "'@x", "'plain"] }] });
  });

  it('names the line of an unclosed quote, of text after a closing quote, and of a stray quote', () => {
    expect(parseCsv('a\r\n"open,b\r\n')).toEqual({ ok: false, error: 'a quoted field is never closed', line: 2 });
    expect(parseCsv('"a"b,c')).toEqual({ ok: false, error: 'unexpected text after a closing quote', line: 1 });
    expect(parseCsv('a\r\nb"c')).toEqual({ ok: false, error: 'a double quote inside an unquoted field', line: 2 });
  });

  it('parses what encodeCsv writes back to the same fields (property)', () => {
    const row = fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', "'", ' ', 'é') }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        // A record whose only field is empty is a blank line, which the reader skips by design.
        const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''));
        const parsed = parseCsv(encodeCsv(kept));
        return parsed.ok && JSON.stringify(parsed.rows.map((r) => r.fields)) === JSON.stringify(kept);
      }),
    );
  });
});
