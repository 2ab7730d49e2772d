import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { signalTable } from './test-helpers';

describe('frustrated_retained: upset and staying', () => {
  signalTable([
    [
      "third time this month the app crashed... I've been with you nine years and don't want to switch, but please fix it",
      'frustrated_retained',
    ],
    ['Loyal customer for 20 years and I have never been treated this rudely.', 'frustrated_retained'],
    ['Still love you guys but the website has been down ALL DAY!!! 😡', 'frustrated_retained'],
    ["I'm not going anywhere, but your new booking system is a disaster.", 'frustrated_retained'],
    ['There is no real alternative so we will stick with you, but the sync errors are killing us.', 'frustrated_retained'],
    ['customer since 2009. the new billing portal double charged me. fix it pls', 'frustrated_retained'],
    // status tiers; "never been treated this badly" is a superlative, not a negation
    ['@delta I am a Diamond Medallion and I have never been treated this badly. Still flying with you but please fix your app', 'frustrated_retained'],
    ['@united Premier Gold and still can\'t get anyone to answer the phone. Frustrating.', 'frustrated_retained'],
    ["@united 1K member for 8 years and I've never been so embarrassed by an airline. fix your rebooking system please", 'frustrated_retained'],
    // no alternative where they live
    ['@comcast I have no other choice for internet in my area and you know it. Third outage this week.', 'frustrated_retained'],
  ]);
});

describe('loyalty without a complaint is not a near miss', () => {
  signalTable([
    ["I've been a customer for 10 years and I love you guys.", null],
    ['Loyal customer for life after this. Thank you!', null],
    // a long wait is not tenure
    ["I've been waiting 3 weeks for a refund. This is unacceptable.", null],
    // "no other choice but to" is about one step, not the relationship
    ['We had no other choice but to rebook, the agent was rude', null],
  ]);
});

describe('frustrated_retained: loyalty in tenure, status and habit (en-1.2.0)', () => {
  signalTable([
    ["@united Premier 1K here, third misconnect this month. I'm sticking with you but something has to change", 'frustrated_retained'],
    ["@Uber as a daily rider I'm so tired of drivers cancelling. Still using you but it's getting old", 'frustrated_retained'],
    ["as a 10+ yr customer I'm really upset that new customers get the discount and I get nothing", 'frustrated_retained'],
    ['18 years with @Verizon and you charge me a fee to upgrade? seriously? still here but this stings', 'frustrated_retained'],
    ['never quitting this app, but WHY does it log me out every single day now?? so annoying', 'frustrated_retained'],
  ]);
});

describe('frustrated_retained: status tiers in real airline tweets (en-1.2.0)', () => {
  signalTable([
    ['@united stuck in YYZ because staff took a break? Not happy 1K....', 'frustrated_retained'],
    // "$1k" is money, not the 1K tier (so no staying cue); buying a flight on a rival is a goodbye
    // (en-1.7.0); "nothing short of amazing" is praise
    ['@SouthwestAir did DM, no reply. On hold now over 2hrs. Just spent over $1k to get a United flight tmrw to get home. #lame', 'churn_risk'],
    ['@united It is all good -- your 1K team has been nothing short of amazing with everything.', null],
  ]);
});

describe('frustrated_retained: habits and traditions (en-1.2.0)', () => {
  signalTable([
    ['@AlaskaAir MVP Gold and I love you, but 3 delays on my last 4 flights out of PDX is rough', 'frustrated_retained'],
    ["@amazon Prime member for 12 years. Third package this month 'delivered' to the wrong porch. I'm not leaving but this has to stop.", 'frustrated_retained'],
    ["Always my go-to for sushi and that won't change, but tonight the rice was cold and hard.", 'frustrated_retained'],
  ]);
});

describe('frustrated_retained: regulars who will keep coming (en-1.2.0)', () => {
  signalTable([
    ['Hardcore @ChipotleTweets loyalist here, literally eat it 4x a week. The portions have shrunk to nothing and I am mad about it', 'frustrated_retained'],
    ['Been buying this brand for a decade. Latest jeans fell apart after 2 washes. Still my favourite denim but quality control needs a serious look.', 'frustrated_retained'],
  ]);
});

// Session-6: status tiers and habits real customers name as loyalty (written anew, not copied)
describe('frustrated_retained: status, habit and affection with a real complaint', () => {
  signalTable([
    ['@united as a Platinum member why can not your agents link my reservations?!', 'frustrated_retained'],
    ['@USAirways Gold Dividends member and nobody picks up the phone for my cancelled flight 😡', 'frustrated_retained'],
    ['@united you guys are usually great, but the line at the check-in desk today was insane', 'frustrated_retained'],
    ['@JetBlue I love you guys, but six hours in line is ridiculous', 'frustrated_retained'],
    ['@united I fly you often and the wifi has been broken on every flight this month', 'frustrated_retained'],
    ['@JetBlue you get another chance today, the last trip was horrendous and awful', 'frustrated_retained'],
    ['@SouthwestAir I fly you a lot. Most of the time, amazing. Today was unacceptable.', 'frustrated_retained'],
    // phrases that a rule written as "hung up|hangs up" had never matched
    ['Gold member here. You hung up on me twice.', 'frustrated_retained'],
    ['Loyal customer for years. Come on, get it together.', 'frustrated_retained'],
    ['@united 1K here and I would not recommend you to anyone after today', 'frustrated_retained'],
    ['@USAirways Chairman with 518,758 lifetime miles and not one upgrade, appalling', 'frustrated_retained'],
    ['@united I have 250k miles with you and the app lost my boarding pass, ridiculous', 'frustrated_retained'],
    ['@united I live 2 miles from the airport and the shuttle never came, ridiculous', null],
    ['@united that was awful, but I am giving you a second chance next week', 'frustrated_retained'],
  ]);
});

describe('frustrated_retained: the same cues without a real complaint', () => {
  signalTable([
    ['@united as a Platinum member can I pick a seat earlier?', null],
    ['@JetBlue I love you guys!', null],
    ['@Spotify I love you but the shuffle plays the same 20 songs every time', 'great_but'],
    ['I wanted to like it but it broke after a week.', null],
    ['Since the first day of my trip the hotel wifi has been broken, terrible', null],
    ['I see this error every week and it is so annoying', null],
    ['I had to take them to the airport myself, terrible service', null],
  ]);
});

// Session-6, last batch: past satisfaction, no alternative, and status said plainly (written anew)
describe('frustrated_retained: past satisfaction and no alternative', () => {
  signalTable([
    ['@AmericanAir I have never had a problem before, but today the gate agent was rude and dismissive', 'frustrated_retained'],
    ['@united your service is terrible. If I was not forced to use you on some routes, I never would.', 'frustrated_retained'],
    ['@JetBlue you used to be my go-to, but two cancelled flights and no updates is awful', 'frustrated_retained'],
    ['@united I can not book online or on the phone, as a Gold member this is ridiculous', 'frustrated_retained'],
    ['@united in spite of the delay, great service from Janet at the gate', 'great_but'],
  ]);
});

// Session 7: without praise, staying plus a milder complaint is enough (written anew, not copied)
describe('frustrated_retained: staying and a mild complaint, no praise (en-1.4.0)', () => {
  signalTable([
    ["@airline you took both fares from my account. Now I can't get a refund for 2 weeks? I have been a loyal customer.", 'frustrated_retained'],
    ['@airline a 4 hour delay and then a bag fee, as a platinum member', 'frustrated_retained'],
    ["@airline I've flown you for 3 years and haven't had this issue before.", 'frustrated_retained'],
    // a question about the staying cue itself, or no complaint at all, is no flag
    ['@airline I will not have my passport in time. Could I still fly with my photo ID?', null],
    ['@airline where do I add my loyalty number to my booking?', null],
    ['@airline loyal customer here, see you next week', null],
    // membership of a loyalty programme, said plainly; the programme named without it is no staying cue
    ['@airline as a MileagePlus cardholder I am really disappointed with this trip', 'frustrated_retained'],
    ['@airline your service for Rapid Rewards members is a disgrace, 45 minutes on hold', 'frustrated_retained'],
    ['@airline my MileagePlus account page is broken', null],
    // a threat said as a doubt is still a threat
    ["I don't think I'll be back.", 'churn_risk'],
  ]);
  it('holds a staying cue with only a mild complaint back at the precise setting', () => {
    const text = "@airline Now I can't get a refund for 2 weeks? I have been a loyal customer.";
    expect(detect(text).signal).toBe('frustrated_retained');
    expect(detect(text, { sensitivity: 'precise' }).signal).toBeNull();
  });
});

describe('frustrated_retained: a hashtag that opens with a loyalty status (en-1.5.0)', () => {
  signalTable([
    ['@airline the last 2 times I checked bags they were damaged. No one answers the baggage line #chairmanlove', 'frustrated_retained'],
    ['@airline I am frustrated by your attitude toward #ExecPlat members', 'frustrated_retained'],
    // the status alone, or a pun on a tier's name in praise, is no staying cue with a complaint
    ['@airline boarding now, see you in Denver #ExecPlat', null],
    ['@airline always #mosaicmecrazy #bestairline how can you not love the free wifi', null],
  ]);
  it('shows the hashtag as the evidence of loyalty', () => {
    const d = detect('@airline I am frustrated by your attitude toward #ExecPlat members');
    expect(d.evidence.map((e) => e.cue)).toContain('#ExecPlat');
  });
});

describe('frustrated_retained: repeated use stated in a complaint (en-1.6.0)', () => {
  signalTable([
    ['@airline every single time I fly you guys I am delayed at least 30 minutes.', 'frustrated_retained'],
    ['@airline 4th flight in 2.5 weeks, 4th significant delay. This is getting old.', 'frustrated_retained'],
    ['@airline mechanical delays on 3 of 4 flights in the past 10 days! Unacceptable', 'frustrated_retained'],
    ['@airline I fly quite a bit and your agents never tell us what is happening. Terrible.', 'frustrated_retained'],
    // a count of problems, or of attempts, is not a count of trips
    ['@airline 2 cancelled flights in 2 days, terrible', null],
    ['@airline every time I try to call it hangs up on me. Terrible.', null],
    // repeated use without a complaint is no flag
    ['@airline every time I fly you the crew is lovely', null],
  ]);
});

describe('frustrated_retained: status and frequency in more words (en-1.6.0)', () => {
  signalTable([
    ['@airline flight cancelled with NO notice, no message, no email. NOT NICE FOR WE PLATINUMS.', 'frustrated_retained'],
    ['@airline can you help a plat custy? Stuck in PVR and your phones are not working', 'frustrated_retained'],
    ['@airline so frustrated, an hour on the phone and then disconnected, especially as a div pref member.', 'frustrated_retained'],
    ['@airline gold flyers insulted by the attendant on flight 1843!', 'frustrated_retained'],
    ['@airline literally the worst flying experience of my life, and I have flown a lot', 'frustrated_retained'],
    ['@airline 18 flights so far this year. 13 delays. Terrible.', 'frustrated_retained'],
    // status and frequency without a complaint
    ['@airline fellow platinums, see you in the lounge', null],
    ['@airline I have flown a lot this year and loved every trip', null],
  ]);
});

describe('frustrated_retained: the same trouble on every trip with you (en-1.7.0)', () => {
  signalTable([
    ['@airline this ALWAYS happens with you guys and it makes travel so stressful', 'frustrated_retained'],
    ['@airline never fails to have delayed flights 😡', 'frustrated_retained'],
    ['@airline your Friday evening flights are almost always delayed!', 'frustrated_retained'],
    ['@airline another cancellation! Every flight with you has an issue!', 'frustrated_retained'],
    ['@airline my bag is late again, like the 3rd time in the past couple months', 'frustrated_retained'],
    ['@airline I always brag about your service, but very disappointed today', 'frustrated_retained'],
    ["@airline the worst. I can't remember the last time I had a flight that wasn't delayed", 'frustrated_retained'],
    ['@airline you used to have an evening flight to DSM. Now it is the middle of the day. Inconvenient.', 'frustrated_retained'],
    // the same words with nothing wrong, or asked
    ['I always brag about your service, the crew today was wonderful', null],
    ['You used to have a lounge in this terminal, right?', null],
    ['Happens all the time, no worries at all!', null],
  ]);
});

describe('frustrated_retained: every flight, week after week, and a service in decline (en-1.7.0)', () => {
  signalTable([
    ['@airline batting a thousand. Every flight I have taken is delayed. Worst airline ever.', 'frustrated_retained'],
    ['@airline four flights in a month, all four delayed!', 'frustrated_retained'],
    ['@airline nothing but delays and cancellations from your regional partner, week after week. A disgrace.', 'frustrated_retained'],
    ['@airline just like clockwork, the Friday flight is running late again. Why does this happen so consistently?', 'frustrated_retained'],
    ["@airline this isn't a one time thing either! It's a shocking pattern of neglect.", 'frustrated_retained'],
    ['@airline still no bags an hour after landing. Paying for a service that just gets worse...', 'frustrated_retained'],
    ["@airline has become like every other airline. $500 in fees, I can't believe it. Disgusting", 'frustrated_retained'],
    ['@airline I fly very often and would hate to change airlines, but this delay is ridiculous', 'frustrated_retained'],
    // trouble that grows within one trip is no decline of the airline
    ['@airline 25 minutes on board with no movement... this experience just keeps getting worse and worse', null],
    // nor is "every flight I had booked" on one bad day a habit
    ['@airline every flight I had booked for my team got cancelled, so rude', null],
    // a belief about the airline that this trip broke is a decline, not praise
    ["@airline I thought you guys were the best airline... I've been on hold for an hour!", 'frustrated_retained'],
    ['@airline I thought you guys were great today, thanks', null],
    // expecting the same poor service again is a habit of flying with them (en-1.12.0)
    ["@airline sorted now. I've come to expect this level of horrible service from you time and time again", 'frustrated_retained'],
    ['@airline you have lost my bag time and time again. Awful', 'frustrated_retained'],
    ["@airline I've come to expect great service from you", null],
  ]);
});

describe('frustrated_retained: in a row, back to back, here we go again (en-1.7.0)', () => {
  signalTable([
    ['@airline second week in a row delayed, due to mechanical issues', 'frustrated_retained'],
    ['@airline here we go again. Delayed already 45 mins, same flight as last week', 'frustrated_retained'],
    ["@airline nothing like back to back delayed flights, hope this one isn't 12 hours like the last time", 'frustrated_retained'],
    ['@airline never get a flight out on time. Makes 10 straight delays', 'frustrated_retained'],
    ["@airline the lack of TV made it rough, that's literally why I picked y'all over the competitors.", 'frustrated_retained'],
    ['@airline I paid the premium to fly you across the country and you cancelled my flight :(', 'frustrated_retained'],
    ['@airline your new bag fees and less legroom have turned you into every other hated carrier', 'frustrated_retained'],
    // the same words with nothing wrong
    ['@airline second trip in a row with a great crew, thank you!', null],
    ['@airline here we go again, off to Denver for the weekend!', null],
  ]);
});

describe('frustrated_retained: my last flights, not one of them (en-1.8.0)', () => {
  signalTable([
    ['My last 5 flights have all been delayed.', 'frustrated_retained'],
    ['@JetBlue not one of my four flights this trip has been on time. What is your problem?', 'frustrated_retained'],
    ["@united 2nd time in a row I've been over charged on my ticket. I shouldn't have to check my card every time", 'frustrated_retained'],
    // the same words with no complaint
    ['My last 5 flights with you were perfect!', null],
    ['What are the last two flights to Denver tonight?', null],
  ]);
});

describe('frustrated_retained: a count of troubles in a row, or of a few flights (en-1.9.0)', () => {
  signalTable([
    ['@airline my flight home is delayed too! 3 in a row! a new record', 'frustrated_retained'],
    ['@airline two cancelled flights in a row and nobody explained why', 'frustrated_retained'],
    ['@airline 3rd delay in a row on this route', 'frustrated_retained'],
    ['@airline 2 of the 3 flights on this trip were delayed', 'frustrated_retained'],
    // a count in a row with nothing wrong
    ['@airline 3 on time flights in a row, great job', null],
    ['@airline that is two in a row for the home team!', null],
    ['@airline 3 out of 4 flights on time, love it', null],
    // a unit written onto a number, and a child's age that is no tenure
    ['@airline customer for 10yrs and you lost my bag', 'frustrated_retained'],
    ['@airline you would not wait 10 min for a family with a 2yr old connecting', null],
  ]);
});

describe('frustrated_retained: "another day, another ..." (en-1.13.0)', () => {
  signalTable([
    ['@airline flight 1028 delayed 1.5 hours. Another week another delayed flight', 'frustrated_retained'],
    ['@airline another day another grievance with this airline. No customer service', 'frustrated_retained'],
    // the idiom with nothing wrong
    ['@airline another day, another flight to Denver. Love the new seats', null],
    ['another day another dollar', null],
  ]);

  it('names the complaint when it is a negator outside the staying phrase', () => {
    const text = '@airline another day another grievance with this airline. No customer service';
    const d = detect(text);
    expect(d.signal).toBe('frustrated_retained');
    const complaint = d.evidence.find((e) => e.reason === 'complaint');
    expect(complaint && text.slice(complaint.start, complaint.end)).toBe('No customer service');
    expect(d.evidence.map((e) => e.cue)).toContain('another day another');
  });
});

describe('a negated goodbye: "NOT cancelled!" is the flight, not the customer (en-1.13.0)', () => {
  signalTable([
    ['@airline 4th flight rebooked to is NOT cancelled! Woo-hoo. Going to make it home', null],
    // the customer's own "not leaving", with or without its subject or object, still stays
    ["Not cancelling, before anyone asks. But the new interface is a mess and I'm really frustrated.", 'frustrated_retained'],
    ["@airline I'm not leaving, but this wifi is a joke", 'frustrated_retained'],
    ['@airline not switching airlines, but the app has crashed every morning this week', 'frustrated_retained'],
  ]);
});

describe('frustrated_retained: more ways of staying (en-1.14.0)', () => {
  signalTable([
    // no one else, no choice, chosen on purpose
    ["@airline please bring back the direct route. I don't want to fly with anyone else 😩", 'frustrated_retained'],
    ["@airline yeah it's not fun. Especially when I don't have much of a choice.", 'frustrated_retained'],
    ["@airline delayed 2 hrs again. I take you because you're usually reliable, but today is really frustrating.", 'frustrated_retained'],
    // status in more words: the customer's own tier, a tier's phone line, the airline's name in "frequent flyer"
    ["@airline there's an error with my preferred status and I'm not able to reach an agent", 'frustrated_retained'],
    ['@airline when I call the A-list number the IVR hangs up on me. Multiple times.', 'frustrated_retained'],
    ["@airline just disappointed. I'm a frequent United flyer and this was a simple ask.", 'frustrated_retained'],
    ['@airline nobody willing to help and apparently being exec plat means zero', 'frustrated_retained'],
    // loyal customers treated badly, asked back
    ['@airline is this how you let your staff treat your loyal customers?', 'frustrated_retained'],
    // "no dice" is a refusal, not a negator of "sucks"
    ['@airline I love you guys, but 6 hours in line to be told no dice sucks.', 'frustrated_retained'],
    // the same words without a complaint, or about another customer
    ["@airline I don't want to fly with anyone else, see you next week!", null],
    ['@airline not going anywhere, see you next week!', null],
    ["@airline very upset with my hometown airline. Stuck in Denver, flight cancelled.", 'frustrated_retained'],
    ['@airline what is the number for A-list members?', null],
  ]);
});

describe('frustrated_retained: a tier or programme as a hashtag, one more try, the only airline (en-1.14.0)', () => {
  signalTable([
    ['@airline hate when I get bumped out of the seat I selected and moved to another. #1K', 'frustrated_retained'],
    ['@airline 5th attempt to get a resolution and still nothing, really frustrating. #MileagePlus', 'frustrated_retained'],
    ["@airline I'm extremely disappointed with this trip as a MileagePlus Explorer card holder.", 'frustrated_retained'],
    ['@airline I gave you one more try. Nope. Delayed an hour. Seems to be every time.', 'frustrated_retained'],
    ['@airline lucky I only fly JetBlue, any other airline would be even more cramped 😞', 'frustrated_retained'],
    // the programme's account or an order number is no standing with the airline
    ['@airline my miles are not showing up in my MileagePlus account. How can I get this fixed?', null],
    ['@airline order #45321 is late again, not happy', null],
  ]);
});

describe('frustrated_retained: a denied goodbye, then "but", names the complaint by its place (en-1.14.0)', () => {
  signalTable([
    ['@phone the update drained my battery overnight. Not leaving you, but please sort it out', 'frustrated_retained'],
    ['Not cancelling my plan, but the new menu hides the settings I open every day.', 'frustrated_retained'],
    // no "but", a question after it, or a staying phrase that is no denied goodbye
    ["@airline not switching. See you next week", null],
    ["@airline not switching, but can you tell me when boarding starts?", null],
    ["@airline loyal customer, but I have a quick question about my seat", null],
  ]);

  it('shows the clause after "but" as the complaint', () => {
    const text = 'Not cancelling my plan, but the new menu hides the settings I open every day.';
    const d = detect(text);
    expect(d.evidence.map((e) => e.cue)).toContain('the new menu hides the settings I open every day');
  });
});

describe('frustrated_retained: an adverb before a denied goodbye, patience wearing thin (en-1.15.0)', () => {
  signalTable([
    ['ngl im annoyed, 4th time the login broke. still not leaving tho', 'frustrated_retained'],
    ['third outage this month and I am definitely not switching, but fix it', 'frustrated_retained'],
    ["I'm a long-time customer but my patience is wearing thin", 'frustrated_retained'],
    ['six years with you and my patience has run out on these invoices', 'frustrated_retained'],
    // patience wearing thin with no sign of staying is a plain complaint
    ['my patience is wearing thin with this refund', null],
  ]);
});

describe('frustrated_retained: "and you treat me like this?" (en-1.15.0)', () => {
  signalTable([
    ['@telco been a loyal customer for 8 years, and you treat me like this?', 'frustrated_retained'],
    ['member since 2012 and treated like dirt at the counter today', 'frustrated_retained'],
    // the complaint alone, or the words in another sense
    ['you treat your customers like garbage', null],
    ['my mom treats me like a child lol, anyway great flight', null],
  ]);
});

describe('frustrated_retained: asking again, staying through it, "still think you are the best" (en-1.15.0)', () => {
  signalTable([
    ["Hello, this is my fourth email about the same charge. I have been a customer for six years and I'd like this resolved today.", 'frustrated_retained'],
    ["We love working with Dana, she's the reason we've stayed through all the outages.", 'frustrated_retained'],
    ["We're pretty frustrated with the repeated sync failures, but we still think you're the best tool for us.", 'frustrated_retained'],
    // asking again with no sign of staying is a complaint; a second call that was answered well is a "great, but"
    ['This is my third email about the same refund.', null],
    ['after my second call to support, an amazing agent sorted it in five minutes :)', 'great_but'],
  ]);
});

describe('frustrated_retained: "still here" is staying only when said as staying (en-1.15.0)', () => {
  signalTable([
    ["@AmericanAir I've flown AA exclusively for a decade. Tonight's delay + lost bag is testing me. Still here though.", 'frustrated_retained'],
    // still at the airport
    ["@airline we're still here at the gate, you are the worst", null],
    ['@airline 10 hours late and still here on cots at the airport. #poorlyhandled', null],
  ]);
});

describe('frustrated_retained: a staying word inside a neutral phrase is not the writer staying (en-1.15.0)', () => {
  signalTable([
    ['the CEO keeps pushing out skilled and loyal employees, lack of staff everywhere', null],
    ['used to love you, but you keep moving my bookings. #worst', null],
    // the writer's own loyalty still counts
    ["I'm a loyal customer and the lack of staff today was awful", 'frustrated_retained'],
    ['still love you, but you keep moving my bookings', 'frustrated_retained'],
  ]);
});

describe('frustrated_retained: "I expected better from you" holds you to your own standard (en-1.16.0)', () => {
  signalTable([
    ['Two missed callbacks and a wrong invoice. Not what I expect from you.', 'frustrated_retained'],
    ['I expected better from you guys, the portal has been down since Monday.', 'frustrated_retained'],
    // expecting more of a thing is a lukewarm or plain complaint, not a relationship
    ['For the price I really expected better coffee.', null],
  ]);
});

describe('frustrated_retained: a status named without an article, "a true <brand> customer" (en-1.16.0)', () => {
  signalTable([
    ['Three hours late again, and as Platinum I still pay for the lounge? Ridiculous.', 'frustrated_retained'],
    ['I have been a faithful Verizon customer and this billing mess is unacceptable.', 'frustrated_retained'],
    // "as good as gold" is no status
    ['The refund was as good as gold, thanks', null],
  ]);
});

describe('frustrated_retained: the recurrence is the complaint (en-1.17.0)', () => {
  signalTable([
    ['@courier this happens all the time. Parcel left at the wrong door again', 'frustrated_retained'],
    ['It just happens way too often with the sync', 'frustrated_retained'],
    ['You are 0 for 4 on delivery windows this month.', 'frustrated_retained'],
    // gracious about it, or asking
    ['It happens all the time, no worries!', null],
    ['Glitches happen all the time, I understand.', null],
    ['Does this happen all the time?', null],
    // excited, not exasperated
    ['Here we go again, second trip with you this month #fan', null],
  ]);
});

// en-1.18.0: a decline from how the company used to be, said as a comparison (written anew)
describe('frustrated_retained: the company was better before (en-1.18.0)', () => {
  signalTable([
    ['@carrier you were such a better company before the merger. $40 to change a seat is a rip-off', 'frustrated_retained'],
    ['@bank the app has gotten so much worse, it logs me out every two minutes', 'frustrated_retained'],
    ['@shop what happened to your free returns? Now I pay $8 for a parcel that arrived broken', 'frustrated_retained'],
    // a question about a particular thing, or a slogan quoted back, is not a decline from the past
    ['@carrier what happened to my bag? It is not on the belt and nobody knows', null],
    ['@carrier 5 hours late and no hotel, what happened to "customer first"?', null],
    ['@shop the parcel got worse in the rain, the box is soaked', null],
  ]);
});

describe('frustrated_retained: a denial is a complaint (en-1.19.0)', () => {
  signalTable([['Loyal member for 6 years and my refund got denied.', 'frustrated_retained']]);
});

describe('frustrated_retained: still a chance to redeem themselves (en-1.19.0)', () => {
  signalTable([['You can still redeem yourselves: the first one arrived broken, please send the replacement by Friday.', 'frustrated_retained']]);
});

describe('frustrated_retained: usually great, then shocked by a wait (en-1.19.0)', () => {
  signalTable([['You usually have great service, so I was shocked by the 3 hour wait.', 'frustrated_retained']]);
});

describe('frustrated_retained: a yearly customer, better expected, perks gone, missed (en-1.19.0)', () => {
  signalTable([
    ['We come to this sale every year and this year the site crashed twice.', 'frustrated_retained'],
    ['Really disappointed, I expected better service from you.', 'frustrated_retained'],
    ['Gold membership has no perks these days and nobody helps at the desk.', 'frustrated_retained'],
    ['I miss you guys, the new app is a mess.', 'frustrated_retained'],
  ]);
});

describe('no staying signal: an account number, a question of validity, a tenure denied (en-1.20.0)', () => {
  signalTable([
    ["The site won't take my frequent flyer number. Can you help?", null],
    ['I am unable to use my outbound flight, can I still use the return one?', null],
    ["Support said I can't get the discount because I'm not a 5 year customer. Annoying.", null],
    // the twins: a real claim of status, of staying, of tenure
    ["I'm a frequent flyer and the app still won't load my boarding pass.", 'frustrated_retained'],
    ["I'm a frequent flyer, no upgrade ever and the app crashes constantly", 'frustrated_retained'],
    ['The app keeps crashing but I still use it every day.', 'frustrated_retained'],
    ["I'm a 5 year customer and the app still won't load my bills.", 'frustrated_retained'],
  ]);
});

describe('frustrated_retained: an off night says the place is usually better (en-1.21.0)', () => {
  signalTable([
    ['Must have been an off night for the kitchen.', 'frustrated_retained'],
    ['Maybe the staff were having an off day, but the wait was ridiculous.', 'frustrated_retained'],
    // a day off work is no off day of the company's
    ['I took an off day to wait for the engineer and nobody showed up.', null],
  ]);
});

describe('frustrated_retained: slow to complain, still on our side (en-1.21.0)', () => {
  signalTable([
    ['I rarely complain, but the last two deliveries arrived broken.', 'frustrated_retained'],
    ['I really hate to complain, but two hours on hold is brutal.', 'frustrated_retained'],
    ['Not one to moan, but an hour in the queue and still nothing.', 'frustrated_retained'],
    ["I don't mean to be rude, it's just very frustrating to be bounced between teams.", 'frustrated_retained'],
    // the twins: the softener with nothing to complain about (its "hate" is no complaint), and
    // someone else who rarely complains
    ['I hate to complain, everything was perfect.', null],
    ['I never complain about anything, great trip.', null],
    ['My husband rarely complains, but the last two deliveries arrived broken.', null],
  ]);
});
