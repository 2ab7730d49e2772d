import { describe, expect, it } from 'vitest';
import { DETECTOR_VERSION, detect, summarizeThread, type DetectOptions } from './index';

describe('detect() contract', () => {
  it('returns null with no evidence for empty or neutral text', () => {
    expect(detect('')).toEqual({ signal: null, confidence: 1, category: null, evidence: [] });
    expect(detect('What time does the store open on Sunday?').signal).toBeNull();
  });
  it('every flag carries evidence whose offsets slice the cue, and confidence in 0..1', () => {
    for (const input of ['Cancel my account.', 'It was fine, I guess.', 'Great food but slow service.', 'Loyal customer for 9 years and the app crashed AGAIN']) {
      const actual = detect(input);
      expect(actual.signal).not.toBeNull();
      expect(actual.evidence.length).toBeGreaterThan(0);
      expect(actual.confidence).toBeGreaterThanOrEqual(0);
      expect(actual.confidence).toBeLessThanOrEqual(1);
      for (const e of actual.evidence) {
        expect(input.slice(e.start, e.end)).toBe(e.cue);
        expect(e.reason).not.toMatch(/\n/);
      }
    }
  });
  it('suggests a root cause category and factor', () => {
    expect(detect('Love the app, but it crashes every time I upload photos.')).toMatchObject({ category: 'systems', factor: 'strategic' });
    expect(detect('Great food but the waiter was rude.')).toMatchObject({ category: 'human', factor: 'role_mismatch' });
    expect(detect('Great product. Shipping took almost 3 weeks though.')).toMatchObject({ category: 'process', factor: 'too_slow' });
  });
  it('exports a version string', () => {
    expect(DETECTOR_VERSION).toMatch(/^en-\d+\.\d+\.\d+$/);
  });
});

describe('options', () => {
  it('sensitivity moves the threshold: precise flags less than sensitive', () => {
    const input = 'Good product, bad documentation.';
    expect(detect(input, { sensitivity: 'sensitive' }).signal).toBe('great_but');
    expect(detect(input, { sensitivity: 'precise' }).signal).toBeNull();
  });
  it('team phrases add cues per signal and map product names to a category', () => {
    const options: DetectOptions = {
      // a UK carrier's code for moving a number away: team knowledge, not in the built-in lexicon
      extraCues: { signals: { churn_risk: ['requesting my PAC code'] } },
      productNames: { 'Acme Sync': 'systems' },
    };
    expect(detect('I am requesting my PAC code next week', options).signal).toBe('churn_risk');
    expect(detect('I am requesting my PAC code next week').signal).toBeNull();
    expect(detect('Love it, but Acme Sync is painfully slow', options).category).toBe('systems');
  });
  it('competitor names make "switching to x" a threat even in lower case', () => {
    expect(detect('ok switching to foobank').signal).toBeNull();
    expect(detect('ok switching to foobank', { competitors: ['FooBank'] }).signal).toBe('churn_risk');
  });
});

describe('summarizeThread', () => {
  const messages = [
    { id: 'm1', text: 'Hi, my order has not arrived.' },
    { id: 'm2', text: 'Love your shop, but delivery is always late.' },
    { id: 'm3', text: 'If this is not sorted today I am cancelling my account.' },
  ];
  it('summarises per message and picks the most urgent signal', () => {
    const s = summarizeThread(messages);
    expect(s.perMessage.map((e) => e.detection.signal)).toEqual([null, 'great_but', 'churn_risk']);
    expect(s.signal).toBe('churn_risk');
    expect(s.strongestId).toBe('m3');
    expect(s.flaggedIds).toEqual(['m2', 'm3']);
    expect(s.counts).toEqual({ great_but: 1, frustrated_retained: 0, passive: 0, churn_risk: 1 });
    expect(s.detectedCount).toBe(3);
  });
  it('reuses previous results for unchanged messages', () => {
    const first = summarizeThread(messages.slice(0, 2));
    const next = summarizeThread(messages, { previous: first });
    expect(next.detectedCount).toBe(1);
    expect(next.perMessage[1]).toBe(first.perMessage[1]);
    const edited = summarizeThread([{ id: 'm1', text: 'Cancel my account.' }, ...messages.slice(1)], { previous: next });
    expect(edited.detectedCount).toBe(1);
    expect(edited.perMessage[0]?.detection.signal).toBe('churn_risk');
  });
  it('re-detects when the options change', () => {
    const first = summarizeThread(messages);
    expect(summarizeThread(messages, { previous: first, sensitivity: 'precise' }).detectedCount).toBe(3);
  });
});
