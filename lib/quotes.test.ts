import { describe, expect, it } from 'vitest';
import { evidenceQuotes } from './quotes';

const text =
  'Thanks Sam, the quarterly split worked and honestly your support has been fantastic, but it would be nice if the export just handled a full year without me babysitting it.';
const span = (cue: string) => ({ start: text.indexOf(cue), end: text.indexOf(cue) + cue.length });

describe('evidenceQuotes', () => {
  it('merges overlapping cue windows into one quote of whole words', () => {
    const actual = evidenceQuotes(text, [span('fantastic'), span('but'), span('would be nice if')], 30);
    expect(actual).toEqual(['…honestly your support has been fantastic, but it would be nice if the export just handled a full…']);
  });

  it('keeps far-apart cues as separate quotes, in text order', () => {
    const actual = evidenceQuotes(text, [span('babysitting'), span('Thanks')], 10);
    expect(actual).toEqual(['Thanks Sam, the quarterly…', '…without me babysitting it.']);
  });

  it('returns the whole message when it is short', () => {
    expect(evidenceQuotes('meh, it was fine', [{ start: 0, end: 3 }])).toEqual(['meh, it was fine']);
  });

  it('returns nothing for no cues', () => {
    expect(evidenceQuotes(text, [])).toEqual([]);
  });
});
