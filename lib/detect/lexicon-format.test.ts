import { describe, expect, it } from 'vitest';
import { en as enCompact } from './lexicon/en';
import { decodeLexicon } from './lexicon/format';
import { expandMatch } from './compile';
import { detect } from './index';

const en = decodeLexicon(enCompact);

describe('compact lexicon storage', () => {
  it('decodes every table of a small lexicon', () => {
    const lx = decodeLexicon({
      language: 'xx',
      normalize: 'u=you,\nim=i am',
      merge: 'late flightr=later',
      polarity: '3: love great\n  superb\n-1.5: delay',
      emoji: '2: :) 😊\nsarcasm: 🙃',
      negators: 'not no',
      intensifiers: '1.3: very',
      contrast: 'after: but\nbefore: although',
      classes: { fp: 'i we' },
      intentVerbs: 'cancel r0.9 b0.75: cancel canceling\ndelete r0.85 aapp+photo: delete',
      phrases: '=leave\nnever again;0.85;p;threat; "never"\n=neutral\nnot sure;0\n=leave;threat to leave\nlost a customer;0.85\nlast time;0.8;;: last time',
      categories: 'process too_slow: wait hold',
      numbers: { one: 1 },
      reasons: { praise: 'praise' },
    });
    expect(lx.normalize).toEqual({ u: 'you', im: 'i am' });
    expect(lx.merge).toEqual({ 'late flightr': 'later' });
    expect(lx.polarity).toEqual({ love: 3, great: 3, superb: 3, delay: -1.5 });
    expect(lx.emoji).toEqual({ ':)': 2, '😊': 2, '🙃': 'sarcasm' });
    expect(lx.negators).toEqual(['not', 'no']);
    expect(lx.contrast).toEqual({ but: 'after', although: 'before' });
    expect(lx.classes).toEqual({ fp: ['i', 'we'] });
    expect(lx.intentVerbs).toEqual({
      cancel: { family: 'cancel', relationship: 0.9, bare: 0.75 },
      canceling: { family: 'cancel', relationship: 0.9, bare: 0.75 },
      delete: { family: 'delete', relationship: 0.85, alsoObjects: ['app', 'photo'] },
    });
    expect(lx.phrases).toEqual([
      { id: 'leave.1', match: 'never again', tag: 'leave', weight: 0.85, reason: 'threat; "never"', personal: true },
      { id: 'neutral.1', match: 'not sure', tag: 'neutral', weight: 0, reason: '' },
      // a run's default reason, and one extended with ":"; ids count on per tag
      { id: 'leave.2', match: 'lost a customer', tag: 'leave', weight: 0.85, reason: 'threat to leave' },
      { id: 'leave.3', match: 'last time', tag: 'leave', weight: 0.8, reason: 'threat to leave: last time' },
    ]);
    expect(lx.categories).toEqual({ wait: ['process', 'too_slow'], hold: ['process', 'too_slow'] });
  });

  it('rejects a phrase rule whose weight is missing or not a number', () => {
    const bare = { language: 'xx', normalize: '', merge: '', polarity: '', emoji: '', negators: '', intensifiers: '', contrast: '', classes: {}, intentVerbs: '', categories: '', numbers: {}, reasons: {} };
    expect(() => decodeLexicon({ ...bare, phrases: '=suggest;request\nplease add;\nplease fix;0.55' })).toThrow(/please add;" has no valid weight/);
    expect(() => decodeLexicon({ ...bare, phrases: '=suggest;request\nplease add;high;;request' })).toThrow(/no valid weight/);
    expect(decodeLexicon({ ...bare, phrases: '=neutral\nnot sure' }).phrases).toEqual([{ id: 'neutral.1', match: 'not sure', tag: 'neutral', weight: 0, reason: '' }]);
  });

  it('keeps rule ids unique and every rule with a reason unless neutral', () => {
    const ids = en.phrases.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of en.phrases) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z0-9_]+$/);
      if (r.tag !== 'neutral') expect(r.reason).not.toBe('');
      expect(Number.isFinite(r.weight)).toBe(true);
    }
  });
  // Alternatives are per slot, so "hung up|hangs up" is the three slots hung / up|hangs / up and never
  // matches "hung up" (write it "hung+up|hangs+up"). The mark of that slip is a word repeated in
  // adjacent slots; the few rules that repeat one on purpose are listed.
  it('has no rule written as alternatives of whole phrases', () => {
    const onPurpose = new Set([
      'so so',
      // "love you JetBlue" sent to @JetBlue: the brand reads as "you"
      'love you|u|ya guys|all|$|but|you|jetblue|united|delta|southwest|american',
    ]);
    const slips: string[] = [];
    for (const r of en.phrases) {
      if (onPurpose.has(r.match)) continue;
      const slots = r.match.split(' ').map((s) => s.replace(/\?$/, '').split('|').filter((w) => !w.startsWith('@') && !w.startsWith('*')));
      for (let i = 1; i < slots.length; i++) {
        // an optional repeat ("i|we? i|we?") and a tier list ("gold member|gold") are not slips
        const prev = new Set(slots[i - 1]);
        const repeated = slots[i]!.filter((w) => prev.has(w));
        if (repeated.length && !r.match.split(' ')[i]!.endsWith('?') && !r.match.split(' ')[i - 1]!.endsWith('?') && repeated.length < 3) slips.push(r.match);
      }
    }
    expect(slips).toEqual([]);
  });

  it('reads "+" as the words of one alternative', () => {
    expect(expandMatch('could not be happier|more+helpful')).toEqual([
      ['could', 'not', 'be', 'happier'],
      ['could', 'not', 'be', 'more', 'helpful'],
    ]);
    // an optional slot keeps its one-word alternatives together; with none, it may be left out
    expect(expandMatch('not+one|none of my|our')).toEqual([
      ['none', 'of', 'my|our'],
      ['not', 'one', 'of', 'my|our'],
    ]);
    expect(expandMatch('bye for+good|for+ever? now')).toEqual([
      ['bye', 'now'],
      ['bye', 'for', 'good', 'now'],
      ['bye', 'for', 'ever', 'now'],
    ]);
    expect(expandMatch('so|very? nice')).toEqual([['so|very?', 'nice']]);
    expect(() => expandMatch('a b+|c')).toThrow(/empty word in "b\+\|c"/);
  });

  it('matches both one-word and several-word alternatives of a lexicon rule', () => {
    const cues = (t: string) => detect(t).evidence.map((e) => e.cue);
    expect(cues('Could not be happier with the team. The app keeps logging me out though.')).toContain('Could not be happier');
    expect(cues("Couldn't have been more helpful, Dana. The app keeps logging me out though.")).toContain("Couldn't have been more helpful");
    expect(cues('So long, @acme. Goodbye for good, your support is useless.')).toContain('Goodbye for good');
    for (const t of ['None of my last five flights left on time, and I still fly you.', 'Not one of my last five flights left on time, and I still fly you.']) {
      expect(detect(t).evidence.map((e) => e.reason)).toContain('signals they are staying: keeps coming back despite it');
    }
  });
});
