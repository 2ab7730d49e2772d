import { describe, expect, it } from 'vitest';
import { getLexicon } from './lexicons';
import { EMOJI, HASHTAG, MENTION, NUM, tokenize } from './engine/engine';
import { detect } from './index';
import { signalTable } from './test-helpers';

const lx = getLexicon('en');
const norms = (text: string): string[] => tokenize(text, lx).map((t) => t.norm);

describe('tokenizer', () => {
  it('expands shorthand, typos and contractions', () => {
    expect(norms("ur app is definately great, thx")).toEqual(['your', 'app', 'is', 'definitely', 'great', ',', 'thanks']);
    expect(norms("I'm not cancelling, don't worry")).toEqual(['i', 'am', 'not', 'canceling', ',', 'do', 'not', 'worry']);
    expect(norms('soooo goooood')).toEqual(['so', 'good']);
  });
  it('keeps offsets into the original text, also for expanded words', () => {
    const text = "  I'm SO annoyed!!! 😡 see https://x.example.com/a?b=1 @united #fail";
    for (const t of tokenize(text, lx)) expect(t.start).toBeLessThan(t.end);
    const annoyed = tokenize(text, lx).find((t) => t.norm === 'annoyed');
    expect(annoyed && text.slice(annoyed.start, annoyed.end)).toBe('annoyed');
    expect(tokenize(text, lx).find((t) => t.norm === 'so')?.caps).toBe(true);
  });
  it('drops URLs and marks mentions, hashtags, emoji and numbers', () => {
    const toks = tokenize('@united 8/10 #neverAgain 😡 www.example.com/x', lx);
    expect(toks.map((t) => t.kind)).toEqual([MENTION, NUM, 2, NUM, HASHTAG, EMOJI]);
    expect(toks[4]?.norm).toBe('neveragain');
  });
  it('repairs the airline data set artefact "Cancelled Flightled"', () => {
    expect(norms('my flight was Cancelled Flightled again')).toEqual(['my', 'flight', 'was', 'cancelled', 'again']);
  });
});

describe('mentions, hashtags and URLs do not confuse the detector', () => {
  signalTable([
    ['Login page gives me error 500 https://example.com/login?ref=great-but', null],
    ['@JetBlue is the 6pm to BOS on time?', null],
    ['@SouthwestAir love you guys but your app logs me out every single time 🙄', 'great_but'],
  ]);
});
