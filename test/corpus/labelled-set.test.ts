import { describe, expect, it } from 'vitest';
import { LabelledSetError, parseDelimited, parseLabelledSet } from './labelled-set';
import { score } from './metrics';

const error = (source: string, name: string): string => {
  try {
    parseLabelledSet(source, name);
  } catch (e) {
    expect(e).toBeInstanceOf(LabelledSetError);
    return (e as Error).message;
  }
  throw new Error('parsed without an error');
};

describe('a labelled set in JSON Lines', () => {
  it('reads each line, with the label spellings a lead would write', () => {
    const source = [
      '\uFEFF{"text":"Love the app, but export times out","label":"great_but"}',
      '',
      '{"text":"ten years with you, this is a mess","label":"Frustrated yet retained"}',
      '{"text":"cancel my account","label":"churn"}',
      '{"text":"it was ok","label":"PASSIVE"}',
      '{"text":"thanks!","label":null,"subtype":"praise"}',
      '{"text":"where is my order","label":"none"}',
      '{"text":"broken again","label":"","subtype":"Complaint"}',
    ].join('\n');
    expect(parseLabelledSet(source, 'set.jsonl')).toEqual([
      { text: 'Love the app, but export times out', label: 'great_but' },
      { text: 'ten years with you, this is a mess', label: 'frustrated_retained' },
      { text: 'cancel my account', label: 'churn_risk' },
      { text: 'it was ok', label: 'passive' },
      { text: 'thanks!', label: null, subtype: 'praise' },
      { text: 'where is my order', label: null },
      { text: 'broken again', label: null, subtype: 'complaint' },
    ]);
  });

  it('stops at the first bad row and names its line and what is wrong', () => {
    const ok = '{"text":"fine","label":null}';
    expect(error(`${ok}\n\n{"text":"x","label":"gerat_but"}`, 'set.jsonl')).toMatch(/^line 3: label: "gerat_but" is not one of great_but, frustrated_retained, passive, churn_risk/);
    expect(error(`${ok}\n{"text":"x"}`, 'set.jsonl')).toBe('line 2: label: missing (use null for a message that is not a near miss)');
    expect(error(`{"text":"x","label":true}`, 'set.jsonl')).toMatch(/^line 1: label: true is not one of/);
    expect(error(`{"text":"x","label":"constructor"}`, 'set.jsonl')).toMatch(/^line 1: label: "constructor" is not one of/);
    expect(error(`{"text":"  ","label":null}`, 'set.jsonl')).toBe('line 1: text: text is empty');
    expect(error(`{"text":"x","label":null,"subtype":"rant"}`, 'set.jsonl')).toBe('line 1: subtype: "rant" is not one of praise, complaint, neutral (or empty)');
    expect(error(`${ok}\n{"text":"x",`, 'set.jsonl')).toMatch(/^line 2: not a JSON object/);
    expect(error(`"just a string"`, 'set.jsonl')).toMatch(/^line 1: .*object/);
  });

  it('refuses a file with no messages', () => {
    expect(error('\n\n', 'set.jsonl')).toBe('set.jsonl holds no labelled messages');
  });
});

describe('a labelled set in CSV or TSV', () => {
  it('finds the text and label columns by name, in any order and case, beside other columns', () => {
    const source = 'id,Label,TEXT,subtype\r\n1,great but,"Crew was great, 2 hrs on the tarmac though",\r\n2,,"He said ""fine"".",neutral\r\n';
    expect(parseLabelledSet(source, 'held-out.CSV')).toEqual([
      { text: 'Crew was great, 2 hrs on the tarmac though', label: 'great_but' },
      { text: 'He said "fine".', label: null, subtype: 'neutral' },
    ]);
  });

  it('keeps line breaks inside quoted text and counts lines past them', () => {
    const source = 'text,label\n"first line\nsecond line",passive\nbad row,gerat_but\n';
    expect(parseDelimited(source, ',').map((r) => r.line)).toEqual([1, 2, 4]);
    expect(error(source, 'set.csv')).toMatch(/^line 4: label: "gerat_but"/);
    expect(parseLabelledSet('text,label\n"a\nb",passive\n', 'set.csv')).toEqual([{ text: 'a\nb', label: 'passive' }]);
  });

  it('reads tab-separated files by their extension', () => {
    expect(parseLabelledSet('text\tlabel\nok, fine I guess\tpassive\n', 'set.tsv')).toEqual([{ text: 'ok, fine I guess', label: 'passive' }]);
  });

  it('names a missing column, a row of the wrong width and an unclosed quote', () => {
    expect(error('message,label\nhi,null\n', 'set.csv')).toBe('line 1: the header row needs a "text" and a "label" column (found: message, label)');
    expect(error('text,label\nhi,null,extra\n', 'set.csv')).toBe('line 2: 3 fields, the header has 2');
    expect(error('text,label\n"never closed,null\n', 'set.csv')).toBe('line 2: a quoted field is never closed');
    expect(error('', 'set.csv')).toBe('set.csv is empty');
    expect(error('text,label\n', 'set.csv')).toBe('set.csv holds no labelled messages');
  });
});

describe('false alarms on a set without subtypes', () => {
  it('counts every plain message in the overall share, and no subtype share', () => {
    const set = parseLabelledSet('text,label\nthanks,\nbroken,\nok I guess,passive\nwhere is it,\n', 'set.csv');
    const flagged = new Set(['thanks', 'ok I guess']);
    const s = score(set, (t) => (flagged.has(t) ? 'passive' : null));
    expect(s.plainCount).toEqual({ praise: 0, complaint: 0, neutral: 0, all: 3 });
    expect(s.falseAlarm.all).toBeCloseTo(1 / 3);
    expect(s.falseAlarm.praise).toBe(0);
  });
});
