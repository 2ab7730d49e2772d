import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { signalTable } from './test-helpers';

describe('sarcasm is not praise', () => {
  signalTable([
    ['great, another delay. thanks @AmericanAir', null],
    ['Thanks for nothing.', null],
    ['Oh great, the website is down again. Love that for me.', null],
    ['Such a great way to start my trip, sitting on the tarmac for 2 hours 🙃', null],
    ['Love how I have to explain my issue to 4 different people. Great system.', null],
    ['Good luck getting anyone on the phone.', null],
    // sarcasm plus a threat is still a threat
    ["I'll be flying Delta from now on, thanks for nothing @united", 'churn_risk'],
  ]);
});

// the idiom is a complaint, and says the customer keeps coming back (two blind labellers read it so)
describe('sarcasm: "never fails to disappoint" (en-1.6.0)', () => {
  signalTable([
    ['@airline the least satisfactory airline I have ever been on. Never fails to disappoint.', 'frustrated_retained'],
    ['@airline never fails to let me down', 'frustrated_retained'],
    ['This place never fails to amaze me, love it', null],
  ]);
  it('is read as a complaint, not as praise', () => {
    expect(detect('@airline the least satisfactory airline I have ever been on. Never fails to disappoint.').signal).not.toBe('great_but');
  });
});

describe('sarcasm: praise words that are no praise (en-1.7.0)', () => {
  signalTable([
    ['When I opened the sandwich, I was impressed, but not in a good way.', null],
    // the same words meant
    ['Impressed with the new lounge, in a good way. Shame about the wifi though', 'great_but'],
  ]);
});

describe('sarcasm: a marker after the sentence it mocks (en-1.9.0)', () => {
  signalTable([
    ['@airline delayed 5 hours, no reason given. Sure love flying with you. #whatajoke', null],
    ['@airline delayed 5 hours, no reason given. Sure love flying with you. 🙃', null],
    ['@airline love the new seats, but the wifi was down again #sarcasm', null],
    // an ordinary hashtag after the sentence changes nothing
    ['@airline the crew was lovely, but the flight was delayed. #travel', 'great_but'],
  ]);
});

describe('sarcasm: a praise word in scare quotes, or asked back in disbelief (en-1.11.0)', () => {
  signalTable([
    ['@airline love how "helpful" your agents are when a connection is missed. #badservice', null],
    ['@airline love how “helpful” your agents are when a connection is missed. #badservice', null],
    ['The desk staff were so \'nice\' about it, but my bag is still in Denver', null],
    // the same words without quotes
    ['@airline love how helpful your agents are, but the app crashed at check-in', 'great_but'],
    // asked back in disbelief, in a sentence of its own
    ['@airline great service??? Two hours on hold and then cut off', null],
    // a quoted phrase of several words is a name or a slogan
    ['@airline the "Quick Rebook" page is great, but it timed out twice', 'great_but'],
    ['@airline 12 years of "friendly skies" and good service, but today the agent was rude', 'great_but'],
    // a real question about something good is no irony
    ['@airline is the lounge good?? The crew was lovely, but the wifi was slow', 'great_but'],
  ]);
  it('is the quotes that make the praise ironic', () => {
    expect(detect("The desk staff were so nice about it, but my bag is still in Denver").signal).toBe('great_but');
  });
});

describe('sarcasm anywhere: no "great, but" (en-1.15.0)', () => {
  signalTable([
    // the praise word opens a complaint that a later sentence mocks
    ['@airline great, now the whole cabin is deplaning and the engine is dead. Plans ruined. Thanks for nothing', null],
    ['@airline a nice seat I had paid for, then you resold it. A clever scam, but a scam.', null],
    ['@airline I trust you will cover my lovely hotel bill too... love being stuck here an extra two days', null],
    // without the mockery, the praise and the shortfall are both meant
    ['@airline the crew was lovely, but the hotel voucher only covered one night', 'great_but'],
  ]);
  it('still lets a staying customer\'s sarcasm count as the complaint', () => {
    expect(detect('@airline flown with you for 15 years and this is the service. Thanks for nothing.').signal).toBe('frustrated_retained');
  });
});

describe('sarcasm: "thanks so much for" is thanks (en-1.15.0)', () => {
  it('does not read "so much for" inside thanks as mockery', () => {
    const d = detect('@airline thanks so much for chatting with me! The write-up came out great, but the link is broken');
    expect(d.signal).toBe('great_but');
    expect(d.evidence.map((e) => e.cue)).not.toContain('so much for');
  });
  signalTable([
    ['@airline thank you so much for nothing. Cancelled again', null],
    ['so much for the "on time guarantee". Boarding an hour late, and I am still loyal to you', 'frustrated_retained'],
  ]);
});

describe('sarcasm: "great system you got there" (en-1.19.0)', () => {
  signalTable([['On hold for an hour and then it hung up on me. Great phone system you got there.', null]]);
});
