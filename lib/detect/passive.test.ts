import { describe } from 'vitest';
import { signalTable } from './test-helpers';

describe('passive: lukewarm language and 7-8 ratings', () => {
  signalTable([
    ['It was fine, I guess.', 'passive'],
    ['8/10', 'passive'],
    ["I'd give you a 7.", 'passive'],
    ['3 stars. Average.', 'passive'],
    ['4 stars', 'passive'],
    ['Not bad, not great.', 'passive'],
    ['Service was decent, nothing to write home about.', 'passive'],
    ['meh', 'passive'],
    ['Food was edible. Not much else to say.', 'passive'],
  ]);
});

describe('passive false alarms', () => {
  signalTable([
    ['10/10 would fly again', null],
    ['5/5 would recommend to anyone.', null],
    // "ok" and "fine" as acknowledgements
    ['Ok thanks', null],
    ['Okay, I will try that and let you know.', null],
    ['Fine, I will wait for the email.', null],
    ['That is fine.', null],
    // "not bad" meaning good
    ['Not bad at all! Really enjoyed it.', null],
    // a 1-star rating is a complaint
    ['1/5 terrible', null],
  ]);
});

describe('passive and its false alarms (en-1.2.0)', () => {
  signalTable([
    ["No real complaints, but nothing I'd rave about either", 'passive'],
    ['mid. just mid.', 'passive'],
    // "mid-sentence" is not "mid"
    ['The agent hung up on me mid-sentence. Unbelievable.', null],
  ]);
});
