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
  it('splits a unit written onto a number, and reads "yr" after a number as a year (en-1.9.0)', () => {
    expect(norms('customer for 20years, delayed 3hrs')).toEqual(['customer', 'for', '20', 'years', ',', 'delayed', '3', 'hours']);
    expect(norms('my 2yr old and a 2 yr old')).toEqual(['my', '2', 'year', 'old', 'and', 'a', '2', 'year', 'old']);
    // no unit: kept whole; "yr" elsewhere is still "your"
    expect(norms('the 3rd time, 1K status, yr app')).toEqual(['the', '3rd', 'time', ',', '1k', 'status', ',', 'your', 'app']);
    const [num, unit] = tokenize('10yrs', lx);
    expect([num?.value, num?.end, unit?.start, unit?.end]).toEqual([10, 2, 2, 5]);
  });
  it('reads an escaped heart as the heart, and an emphatic "never, ever" as one run (en-1.14.0)', () => {
    const heart = tokenize('I &lt;3 flying you, 3 &lt; 4', lx);
    expect(heart.map((t) => t.norm)).toEqual(['i', '<3', 'flying', 'you', ',', '3', '4']);
    expect([heart[1]?.kind, heart[1]?.start, heart[1]?.end]).toEqual([EMOJI, 2, 7]);
    expect(norms('Never, ever, EVER again. Never, I said')).toEqual(['never', 'ever', 'ever', 'again', '.', 'never', ',', 'i', 'said']);
  });
  it('keeps an error code with underscores as one token, not as words (en-1.15.0)', () => {
    expect(norms('got ERR_LOYALTY_STATUS again')).toEqual(['got', 'err_loyalty_status', 'again']);
    // underscores around a word are emphasis, not a code
    expect(norms('a _loyal_ customer')).toEqual(['a', 'loyal', 'customer']);
    expect(detect('is the pass broken? purchase.error.INVALID_LOYALTY_MEMBER_STATUS').signal).toBe(null);
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
  it('reads a brand that names the addressee as "you", and a later mention of another brand as that brand', () => {
    expect(norms('@SouthwestAir I will keep flying Southwest')).toEqual(['@southwestair', 'i', 'will', 'keep', 'flying', 'you']);
    expect(norms('@united we booked with @Delta')).toEqual(['@united', 'we', 'booked', 'with', '@rival']);
    // the first mention is the addressee when none leads; a handle that is no brand stays a mention
    expect(norms('Always a @JetBlue fan, next time @VirginAmerica')).toEqual(['always', 'a', '@jetblue', 'fan', ',', 'next', 'time', '@rival']);
    expect(norms('@united thanks @fargoairport')).toEqual(['@united', 'thanks', '@fargoairport']);
    // two accounts of one brand are the same addressee
    expect(norms('@VirginAmerica I also fly @VirginAtlantic')).toEqual(['@virginamerica', 'i', 'also', 'fly', '@virginatlantic']);
  });
  it('reads a hashtag that opens with a threat to leave as #neveragain, and one around a complaint word as that word', () => {
    expect(norms('#NeverFlyUSAirways')).toEqual(['neveragain']);
    expect(norms('#wontflyagainwithyou')).toEqual(['neveragain']);
    expect(norms('#neverforget')).toEqual(['neverforget']);
    expect(norms('#servicefail #PoorCustomerService')).toEqual(['fail', 'poor']);
  });
  it('reads "w/" as with and "w/o" as without', () => {
    expect(norms('booked w/someone else, 18 hrs w/o it')).toEqual(['booked', 'with', 'someone', 'else', ',', '18', 'hours', 'without', 'it']);
    expect(norms('and/or')).toEqual(['and', '/', 'or']);
  });
  it('repairs the airline data set artefact "Cancelled Flightled"', () => {
    expect(norms('my flight was Cancelled Flightled again')).toEqual(['my', 'flight', 'was', 'cancelled', 'again']);
  });
  it('repairs the three-word artefact "Flight Booking Problems" for "booking", and no real complaint (en-1.12.0)', () => {
    expect(norms('I will think again befor Flight Booking Problems another flight')).toEqual(['i', 'will', 'think', 'again', 'before', 'booking', 'another', 'flight']);
    expect(norms('thanks for reFlight Booking Problems me')).toEqual(['thanks', 'for', 'rebooking', 'me']);
    // the words themselves, written by a customer, stay as they are
    expect(norms('I had flight booking problems on the site')).toEqual(['i', 'had', 'flight', 'booking', 'problems', 'on', 'the', 'site']);
    expect(norms('I had booking problems')).toEqual(['i', 'had', 'booking', 'problems']);
  });
  it('reads the repaired words: a threat, not a complaint about booking', () => {
    expect(detect('@united very poor customer service. I WILL think again befor Flight Booking Problems another United flight.').signal).toBe('churn_risk');
    expect(detect("@JetBlue haha no need to apologize. I'll be Flight Booking Problems sooner than Late Flightr. I love JetBlue").signal).toBeNull();
  });
});

describe('mentions, hashtags and URLs do not confuse the detector', () => {
  signalTable([
    ['Login page gives me error 500 https://example.com/login?ref=great-but', null],
    ['@JetBlue is the 6pm to BOS on time?', null],
    ['@SouthwestAir love the new app but it logs me out every single time 🙄', 'great_but'],
    // affection for the addressee plus a real complaint is grace extended: read as staying
    ['@SouthwestAir love you guys but your app logs me out every single time 🙄', 'frustrated_retained'],
    ['@SouthwestAir I will keep flying Southwest but tonight was a mess', 'frustrated_retained'],
    ['@united silly, I am flying Delta today. Your staff are surly', 'churn_risk'],
    ['@USAirways you did not bother following up, we booked with @Delta.', 'churn_risk'],
    ['@Delta flying Delta today, any chance of an upgrade?', null],
    ['@united my bag never came #NeverFlyUnitedAgain', 'churn_risk'],
  ]);
});
