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

describe('ratings and status words in real tweets (en-1.2.0)', () => {
  signalTable([
    ["I'd give it 8/10", 'passive'],
    // dates written with slashes are no ratings
    ['@united question re my trip: DUB-JAC 29/9 JAC-LAX 8/10 LAX-DUB 13/10. What is the bag allowance?', null],
    // "is ok" as a status, "acceptable to" as a permission, a "reasonable $50": not lukewarm
    ['@united confirming that everything is ok with my reservation for tomorrow', null],
    ['@JetBlue would a storage container like this one be acceptable to check in with luggage?', null],
    ['@USAirways most EU airlines charge $0 and @AirCanada charges a reasonable $50.', null],
  ]);
});

describe('review sentences: middling words that are praise or complaints (en-1.2.0)', () => {
  signalTable([
    ['The food was outstanding and the prices were very reasonable.', null],
    ["This isn't a small family restaurant, this is a fine dining establishment.", null],
    ["Doesn't do the job.", null],
    ['The chips were dripping with grease, and mostly not edible.', null],
    ['Not a single employee came out to see if we were OK once they served us.', null],
    ['Food was average at best.', 'passive'],
  ]);
});

describe('passive: everyday lukewarm verdicts (en-1.2.0)', () => {
  signalTable([
    ['Decent burger. Not worth the hype but not bad either.', 'passive'],
    ["Fine for the price. Don't expect luxury.", 'passive'],
  ]);
});

describe('passive: session-6 phrasings (written anew)', () => {
  signalTable([
    ['The service here is fair at best.', 'passive'],
    ['Cheap seats, cramped legroom, you get what you pay for.', 'passive'],
    ['I have a love hate relationship with this app.', 'passive'],
    ['Landed roughly on time. Not much to complain about.', 'passive'],
  ]);
});

describe('passive: "pretty good" is a seven, not a ten (en-1.5.0)', () => {
  signalTable([
    ['A pretty good product.', 'passive'],
    ['Second time at the lunch buffet and it was pretty good.', 'passive'],
    ['I have had the plan for 2 years now and I am pretty happy with it.', 'passive'],
    ['It does everything pretty well.', 'passive'],
    // strong praise beside it, or a complaint around it, is no lukewarm message
    ['Pretty good flight, and the crew was amazing!', null],
    ['Pretty good at losing bags, 3 hours at the carousel and still nothing. Terrible.', null],
  ]);
});

describe('passive: "pretty easy" (en-1.6.0)', () => {
  signalTable([
    ["It's pretty easy.", 'passive'],
    ["It's pretty easy and the crew were amazing!", null],
  ]);
});

describe('ratings written "N of 5 stars" (en-1.7.0)', () => {
  signalTable([
    ['I give it 4 of 5 stars', 'passive'],
    // "0 of 5 stars" is no "5 stars" of praise
    ['Terrible. 0 of 5 stars, broke in a day', null],
    // no rating noun, no rating: a count of the customer's flights, and a complaint (en-1.9.0)
    ['2 of 5 flights delayed this month', 'frustrated_retained'],
    // a size, not a score after "say"
    ['The rules say 10x9x17 but my bag is a bit taller. Is that going to be a problem?', null],
    ["I'd say 8, decent but slow", 'passive'],
  ]);
});

describe('phrases the lexicon had split into the wrong slots (en-1.16.0)', () => {
  // each of these rules held an alternative with a space in it, which the lexicon read as two slots,
  // so the common form never matched
  signalTable([
    ['Honestly the headset is not that great.', 'passive'],
    ['Nice app overall. What would be great is an offline mode.', 'great_but'],
    ['I cannot say enough good things about your agents, but the portal keeps freezing.', 'great_but'],
    ['Closed the account after the third outage. Goodbye forever.', 'churn_risk'],
    // "can't say enough good things" alone is plain praise, not a complaint about "good"
    ['Cannot say enough good things about this team!', null],
  ]);
});

describe('passive: not that impressed, hoped for more (en-1.19.0)', () => {
  signalTable([
    ["Honestly wasn't that impressed with the new menu.", 'passive'],
    ['Was hoping for more.', 'passive'],
  ]);
});

describe('passive: "it is ok, I fixed it" is reassurance (en-1.19.0)', () => {
  signalTable([['It is ok I fixed it, thanks', null]]);
});
