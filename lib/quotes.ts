/**
 * The customer's words a log keeps as evidence: each cue with the text around it, widened to whole
 * words, overlapping windows merged, so a lead reads "your support has been fantastic, but it would
 * be nice if the export…" rather than "fantastic", "but", "would be nice if".
 */

export interface CueSpan {
  start: number;
  end: number;
}

/** Characters kept either side of a cue before widening to a word boundary. */
const CONTEXT = 80;

function widenLeft(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(' ', at);
  return space < 0 ? 0 : space + 1;
}

function widenRight(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.indexOf(' ', at);
  return space < 0 ? text.length : space;
}

export function evidenceQuotes(text: string, spans: readonly CueSpan[], context = CONTEXT): string[] {
  const windows = spans
    .map((span) => ({ start: widenLeft(text, span.start - context), end: widenRight(text, span.end + context) }))
    .sort((a, b) => a.start - b.start);
  const merged: CueSpan[] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged.map(({ start, end }) => `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`);
}
