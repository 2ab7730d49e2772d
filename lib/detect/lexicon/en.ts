// English lexicon for the near-miss detector: DATA only, no code. Another language adds a sibling
// file of the same shape (types.ts `Lexicon`) and registers it in ../lexicons.ts.
//
// Provenance of the numbers: polarity weights follow the AFINN/VADER convention (about -3..3, strong
// words 3, mild 1) and were set by hand for support language (e.g. "delay" is mildly negative here
// but absent from AFINN); cue weights are 0..1 strengths where 0.6 is the 'balanced' flag threshold
// (see thresholds.ts), so a single cue of weight >= 0.6 is enough on its own and weaker cues need
// company. Phrase `match` syntax is documented on `PhraseRule` in ../types.ts.
import type { Lexicon } from '../types';

export const en: Lexicon = {
  language: 'en',

  normalize: {
    // chat shorthand and common typos
    u: 'you', ur: 'your', yr: 'your', r: 'are', thx: 'thanks', thnx: 'thanks', thanx: 'thanks', ty: 'thanks',
    tysm: 'thanks', pls: 'please', plz: 'please', plse: 'please', luv: 'love', luvd: 'loved', gr8: 'great',
    definately: 'definitely', defintely: 'definitely', definitly: 'definitely', def: 'definitely',
    recieve: 'receive', recieved: 'received', wierd: 'weird', terible: 'terrible', horible: 'horrible',
    awsome: 'awesome', amazin: 'amazing', realy: 'really', rly: 'really', srsly: 'seriously', tho: 'though',
    altho: 'although', bc: 'because', cuz: 'because', coz: 'because', b4: 'before', w: 'with', wo: 'without',
    ppl: 'people', msg: 'message', acct: 'account', acc: 'account', sub: 'subscription', svc: 'service',
    cust: 'customer', custserv: 'service', custsvc: 'service', cs: 'service', agt: 'agent', appt: 'appointment',
    hrs: 'hours', hr: 'hour', mins: 'minutes', min: 'minutes', yrs: 'years', wk: 'week', wks: 'weeks',
    fav: 'favorite', fave: 'favorite', favourite: 'favorite', ok: 'ok', k: 'ok', kk: 'ok', okey: 'okay',
    alright: 'alright', allright: 'alright', aight: 'alright', gonna: 'going to', wanna: 'want to',
    gotta: 'got to', kinda: 'kind of', sorta: 'sort of', dunno: 'do not know', lemme: 'let me', cancelling: 'canceling',
    cancelation: 'cancellation', cancelations: 'cancellations',
    // contractions without apostrophes, as typed
    im: 'i am', ive: 'i have', id: 'i would', youre: 'you are', youve: 'you have', youll: 'you will', theyre: 'they are',
    dont: 'do not', didnt: 'did not', doesnt: 'does not', isnt: 'is not', wasnt: 'was not', werent: 'were not',
    arent: 'are not', cant: 'can not', cannot: 'can not', couldnt: 'could not', wouldnt: 'would not',
    shouldnt: 'should not', wont: 'will not', havent: 'have not', hasnt: 'has not', hadnt: 'had not',
    aint: 'is not', thats: 'that is', whats: 'what is', theres: 'there is', lets: 'let us',
    // contractions with an apostrophe the generic rules get wrong
    "can't": 'can not', "won't": 'will not', "ain't": 'is not', "shan't": 'shall not', "it's": 'it is',
    "that's": 'that is', "what's": 'what is', "there's": 'there is', "here's": 'here is', "he's": 'he is',
    "she's": 'she is', "who's": 'who is', "where's": 'where is', "how's": 'how is', "let's": 'let us',
    "i'm": 'i am', "y'all": 'you all',
  },

  merge: {
    // The public airline-tweet data set replaced "cancel"/"late" inside words: "Cancelled Flightled".
    'cancelled flightled': 'cancelled', 'cancelled flighted': 'cancelled', 'cancelled flighting': 'canceling',
    'cancelled flightlation': 'cancellation', 'cancelled flightlations': 'cancellations', 'late flightr': 'later',
    'late flightst': 'latest', 'late flightly': 'lately',
  },

  polarity: {
    // strong positive (3)
    love: 3, loved: 3, loving: 2.5, loves: 3, adore: 3, amazing: 3, amazed: 3, awesome: 3, excellent: 3, fantastic: 3,
    outstanding: 3, brilliant: 3, wonderful: 3, superb: 3, incredible: 3, perfect: 3, perfectly: 2.5, best: 3,
    exceptional: 3, phenomenal: 3, stellar: 3, flawless: 3, flawlessly: 3, impeccable: 3, terrific: 3, delighted: 3,
    thrilled: 3, gorgeous: 3, beautiful: 3, great: 3, lovely: 3, spotless: 3, delicious: 3, fabulous: 3,
    stunning: 3, 'top-notch': 3, topnotch: 3, exceeded: 2.5, heroes: 2.5, hero: 2.5, legend: 2.5, legends: 2.5,
    // mild positive (1-2)
    good: 2, nice: 2, happy: 2, glad: 2, pleased: 2, helpful: 2, friendly: 2, kind: 1.5, polite: 2, professional: 2,
    patient: 1.5, courteous: 2, smooth: 2, easy: 1.5, easiest: 2.5, comfortable: 2, comfy: 2, enjoy: 2, enjoyed: 2,
    enjoying: 2, impressed: 2, impressive: 2, recommend: 2, recommended: 2, solid: 1.5, fun: 2, cool: 1.5,
    clean: 1, quick: 1, quickly: 1, fast: 1, efficient: 2, reliable: 2, knowledgeable: 2, painless: 2, seamless: 2,
    intuitive: 2, appreciate: 2, appreciated: 2, grateful: 2, satisfied: 2, favorite: 2, worth: 1, thanks: 1,
    thank: 1, wow: 2, yay: 2, kudos: 2.5, shoutout: 2, fixed: 1, resolved: 1, solved: 1, works: 1, worked: 1,
    helped: 1.5, early: 1, cute: 1.5, useful: 2, generous: 2, caring: 2, attentive: 2, welcoming: 2, tasty: 2,
    yummy: 2, fresh: 1, excited: 2, superfast: 2, pleasant: 2, better: 1, well: 0, win: 1.5, wins: 1.5, rocks: 2.5,
    pleasure: 2, sweet: 1.5, 'on-time': 1, lifesaver: 3, 'life-saver': 3,
    // strong negative (-3)
    terrible: -3, horrible: -3, awful: -3, worst: -3, disgusting: -3, unacceptable: -3, ridiculous: -3, pathetic: -3,
    useless: -3, nightmare: -3, disaster: -3, garbage: -3, trash: -3, furious: -3, livid: -3, rude: -3, rudely: -3,
    incompetent: -3, appalling: -3, atrocious: -3, abysmal: -3, hate: -3, hated: -3, scam: -3, outrageous: -3,
    unusable: -3, disgusted: -3, lied: -3, filthy: -3, sucks: -3, ripoff: -3, scammed: -3, worthless: -3, rudest: -3,
    insane: -2.5, maddening: -2.5, angry: -3, gutted: -2.5, ridic: -3, wtf: -2.5, disgrace: -3, shameful: -3,
    // mild negative (-1..-2.5)
    worse: -2, unbelievable: -1.5, dirty: -2, broken: -2, broke: -2, crash: -2, crashes: -2, crashed: -2,
    crashing: -2, bug: -1.5, bugs: -1.5, buggy: -2, glitch: -1.5, glitches: -1.5, glitchy: -2, error: -1.5,
    errors: -1.5, fail: -2, failed: -2, failing: -2, fails: -2, failure: -2, outage: -2, outages: -2, slow: -2,
    slower: -1.5, slowly: -1, late: -1.5, delay: -1.5, delayed: -1.5, delays: -1.5, lost: -2, losing: -1.5,
    missing: -1.5, missed: -1.5, wrong: -2, mistake: -2, mistakes: -2, cancelled: -1.5, canceled: -1.5, stuck: -2,
    frustrated: -2.5, frustrating: -2.5, frustration: -2.5, annoyed: -2, annoying: -2, upset: -2.5,
    disappointed: -2.5, disappointing: -2.5, disappointment: -2.5, unhappy: -2.5, sad: -1.5, poor: -2, poorly: -2,
    bad: -2.5, cold: -1, soggy: -2, bland: -1.5, overpriced: -2, expensive: -1, pricey: -1, steep: -1, cramped: -1.5,
    uncomfortable: -2, confusing: -2, confused: -1.5, complicated: -1.5, difficult: -1.5, problem: -1.5,
    problems: -1.5, issue: -1, issues: -1, trouble: -1.5, unhelpful: -2.5, dismissive: -2.5, ignored: -2.5,
    ignoring: -2, waited: -1, waiting: -1, forever: -1.5, chaotic: -2, chaos: -2, mess: -2, messy: -1.5,
    freezing: -1.5, froze: -2, freezes: -2, frozen: -1.5, lags: -1.5, lag: -1.5, laggy: -2, flaky: -2, drains: -1,
    noisy: -1.5, noise: -1, smelled: -1.5, smells: -1.5, stinks: -2, suck: -2.5, sucked: -2.5, shame: -1.5,
    unfortunately: -1, sadly: -1, barely: -1, nobody: -1.5, ugh: -2, smh: -2, fml: -2, sigh: -1.5,
    embarrassed: -2, embarrassing: -2, unprofessional: -2.5, clueless: -2.5, overcharged: -2.5, disconnected: -2,
    rejected: -1.5, rejecting: -1.5, declined: -1, chipped: -1.5, damaged: -2, defective: -2.5, faulty: -2.5,
    inconvenient: -1.5, inconvenience: -1.5, hassle: -2, painful: -2, painfully: -1.5, mediocre: -1, lacking: -1.5,
    stranded: -2.5, misinformed: -2, misleading: -2, terribly: -2, horribly: -2, nuts: -1.5, crazy: -1.5,
    maze: -1.5, joke: -2, uncaring: -2.5, unreliable: -2.5, overbooked: -2, oversold: -2, dropped: -1.5,
    freeze: -1.5, stopped: -1, unanswered: -2, incorrect: -2, sticky: -1, cluttered: -1, loud: -1, greasy: -1.5,
    burnt: -1.5, stale: -1.5, tiny: -0.5, fee: -0.5, fees: -0.5, ruined: -2.5, ruin: -2.5, ruining: -2.5,
    wasted: -2, waste: -2, killing: -2, worried: 0, skeptical: 0, nervous: 0, hesitant: 0, annoyance: -2, angered: -3,
  },

  emoji: {
    '😍': 3, '❤': 3, '♥': 3, '💙': 3, '💜': 3, '💚': 3, '🧡': 3, '💛': 3, '😊': 2, '🙂': 1, '😀': 2, '😃': 2,
    '😄': 2, '😁': 2, '🥰': 3, '👍': 2, '👏': 2, '🙌': 2, '🎉': 2, '💯': 2, '🤘': 2, '👌': 2, '⭐': 1, '🌟': 2,
    '✨': 1, '🔥': 1, '😎': 1, '🤩': 3, '☺': 2, '😘': 2, '🤗': 2,
    '😡': -3, '😠': -3, '🤬': -3, '😤': -2.5, '🙄': -2, '😩': -2, '😫': -2, '😒': -2, '👎': -2.5, '💔': -2.5,
    '😢': -2, '😭': -2, '😞': -2, '😔': -1.5, '😣': -2, '😖': -2, '🤦': -2, '😑': -1, '😐': -0.5, '🤮': -3,
    '😬': -1, '😕': -1.5, '🙃': 'sarcasm',
    ':)': 2, ':-)': 2, ':D': 2, ':-D': 2, ';)': 1, '<3': 3, '=)': 2, ':(': -2, ':-(': -2, ":'(": -2, ':/': -1,
    ':-/': -1, '>:(': -3, ':|': -0.5,
  },

  negators: ['not', 'no', 'never', 'none', 'neither', 'nor', 'without', 'hardly', 'nothing', 'zero'],

  intensifiers: {
    // multipliers on the next polar word; VADER adds ~0.3 per booster, we scale by 1.2-1.5 instead
    very: 1.3, so: 1.3, really: 1.2, super: 1.3, extremely: 1.5, incredibly: 1.5, absolutely: 1.4, totally: 1.3,
    truly: 1.2, completely: 1.3, way: 1.3, too: 1.2, highly: 1.3, most: 1.2, utterly: 1.5, seriously: 1.3,
    beyond: 1.3, insanely: 1.4, such: 1.2,
    // diminishers
    bit: 0.6, slightly: 0.6, somewhat: 0.6, little: 0.7, fairly: 0.8, kind: 0.7, sort: 0.7, mostly: 0.8,
  },

  contrast: {
    // "love it, but the export times out": the point follows
    but: 'after', however: 'after', though: 'after', yet: 'after', except: 'after', unfortunately: 'after',
    // "although the wait was long, the agent was great": the clause it opens is conceded
    although: 'before', while: 'before', despite: 'before', whereas: 'before',
  },

  classes: {
    fp: ['i', 'we'],
    thirdPerson: ['he', 'she', 'they', 'friend', 'friends', 'wife', 'husband', 'mom', 'mother', 'dad', 'father',
      'son', 'daughter', 'brother', 'sister', 'boss', 'colleague', 'coworker', 'people', 'everyone', 'someone',
      'others', 'customers', 'kids', 'parents', 'partner', 'neighbor', 'his', 'her', 'their'],
    // words allowed between a subject and its verb ("I'm seriously thinking about leaving")
    intent: ['am', 'are', 'is', 'will', 'would', 'be', 'been', 'going', 'to', 'really', 'seriously', 'honestly',
      'definitely', 'probably', 'likely', 'just', 'now', 'already', 'considering', 'thinking', 'about', 'of',
      'planning', 'plan', 'want', 'ready', 'have', 'has', 'had', 'do', 'did', 'please', 'totally', 'so',
      'officially', 'also', 'then', 'literally', 'immediately', 'might', 'may', 'could', 'should', 'can', 'need',
      'not', 'never', 'and', 'shall', 'time', 'gladly', 'happily', 'all', 'hereby', 'kindly', 'ok', 'okay', 'so', 'well',
      'yeah', 'right', 'decided', 'deciding', 'planning', 'wanted', 'prepared', 'forced', 'contemplating', 'gonna'],
    relObj: ['account', 'accounts', 'subscription', 'subscriptions', 'membership', 'memberships', 'service',
      'services', 'plan', 'contract', 'contracts', 'profile', 'everything', 'policy'],
    txObj: ['order', 'orders', 'flight', 'flights', 'booking', 'bookings', 'reservation', 'reservations',
      'appointment', 'appointments', 'ticket', 'tickets', 'delivery', 'deliveries', 'item', 'items', 'payment',
      'payments', 'trip', 'room', 'request', 'shipment', 'transfer', 'seat', 'upgrade', 'emails', 'email',
      'newsletter', 'notifications', 'meeting', 'call', 'class', 'session', 'bags', 'bag', 'card', 'date',
      'address', 'name', 'data', 'office', 'dog', 'pet', 'car', 'app', 'purchase'],
    providerNoun: ['airline', 'airlines', 'bank', 'banks', 'provider', 'providers', 'carrier', 'carriers',
      'company', 'companies', 'isp', 'isps', 'vendor', 'vendors', 'gym', 'store', 'brand', 'platform', 'option',
      'options', 'alternative', 'alternatives', 'competitor', 'competitors', 'competition', 'insurer', 'host'],
    other: ['another', 'different', 'other', 'competitor', 'competitors', 'competition', 'elsewhere', 'new',
      'cheaper', 'better', 'someone', 'somewhere'],
    patron: ['fly', 'flying', 'flew', 'shop', 'shopping', 'order', 'ordering', 'buy', 'buying', 'purchase', 'use',
      'using', 'book', 'booking', 'stay', 'staying', 'eat', 'eating', 'come', 'coming', 'return', 'returning',
      'go', 'going', 'visit', 'visiting', 'deal', 'dealing', 'choose', 'pick', 'travel', 'traveling', 'travelling',
      'bank', 'banking', 'dine', 'dining', 'rent', 'renting', 'trust', 'see', 'step'],
    cop: ['is', 'was', 'were', 'are', 'be', 'been', 'seemed', 'seems', 'felt', 'feels', 'looks', 'looked', 'am'],
    lukeOk: ['ok', 'okay', 'fine', 'alright', 'ok-ish', 'okish', 'fine-ish'],
    lukeAdj: ['average', 'decent', 'mediocre', 'adequate', 'acceptable', 'satisfactory', 'serviceable', 'meh', 'mid',
      'so-so', 'passable', 'uneventful', 'forgettable', 'lukewarm', 'unremarkable', 'reasonable', 'standard',
      'tolerable', 'bearable', 'middling'],
    dim: ['just', 'pretty', 'only', 'fairly', 'quite', 'an', 'a', 'overall', 'mostly', 'generally', 'kind', 'of',
      'sort', 'basically', 'all', 'honestly', 'alright', 'mostly', 'somewhat', 'rather', 'perfectly', 'totally'],
    tenureRel: ['customer', 'customers', 'member', 'members', 'subscriber', 'subscribers', 'client', 'clients',
      'user', 'users', 'guest', 'flyer', 'flier', 'fan', 'shopper', 'patron', 'passenger', 'cardholder'],
    tenureUnit: ['years', 'year', 'decade', 'decades', 'ages', 'forever', 'lifetime', 'life'],
    tenureVerb: ['been', 'with', 'used', 'using', 'flown', 'flying', 'shopping', 'banking', 'had', 'ordering',
      'stayed', 'subscribed', 'renewed', 'customer', 'member'],
    youRef: ['you', 'your', 'this', 'here', 'the', 'u'],
    ordinal: ['second', 'third', 'fourth', 'fifth', 'sixth', 'nth', 'umpteenth', '2nd', '3rd', '4th', '5th', '6th',
      '7th', '8th', '9th', '10th'],
    questionStart: ['how', 'can', 'could', 'is', 'are', 'do', 'does', 'did', 'what', 'where', 'when', 'why',
      'will', 'would', 'which', 'who', 'should', 'may', 'whats', 'any'],
    ratingNoun: ['stars', 'star'],
    ratingVerb: ['give', 'rate', 'rating', 'say', 'score'],
    // ends of a bare threat: "I'm cancelling.", "leaving after 8 years", "cancel unless..."
    bareEnd: ['now', 'today', 'tomorrow', 'tonight', 'soon', 'after', 'at', 'if', 'unless', 'because', 'over',
      'and', 'asap', 'effective', 'then', 'too', 'already', 'immediately', 'for', 'when', 'as', 'next', 'this', 'by'],
    // words whose capitalised form after "to" is not a competitor name
    notBrand: ['i', 'the', 'a', 'an', 'my', 'our', 'your', 'you', 'it', 'this', 'that'],
    politeness: ['thanks', 'thank', 'please', 'appreciate', 'appreciated'],
  },

  intentVerbs: {
    cancel: { family: 'cancel', relationship: 0.9, bare: 0.75 },
    canceling: { family: 'cancel', relationship: 0.9, bare: 0.75 },
    cancelled: { family: 'cancel', relationship: 0.85 },
    canceled: { family: 'cancel', relationship: 0.85 },
    close: { family: 'close', relationship: 0.9 },
    closing: { family: 'close', relationship: 0.9 },
    delete: { family: 'delete', relationship: 0.85, alsoObjects: ['app'] },
    deleting: { family: 'delete', relationship: 0.85, alsoObjects: ['app'] },
    terminate: { family: 'terminate', relationship: 0.9, bare: 0.7 },
    terminating: { family: 'terminate', relationship: 0.9, bare: 0.7 },
    end: { family: 'end', relationship: 0.85 },
    ending: { family: 'end', relationship: 0.85 },
    quit: { family: 'quit', bare: 0.75, relationship: 0.8 },
    quitting: { family: 'quit', bare: 0.75, relationship: 0.8 },
    unsubscribe: { family: 'unsubscribe', bare: 0.7, relationship: 0.7 },
    leave: { family: 'leave', relationship: 0.85, toOther: 0.85, bare: 0.75 },
    leaving: { family: 'leave', relationship: 0.85, toOther: 0.85, bare: 0.75 },
    // bare "I'm switching" (no object) means switching provider; "switching my seat" has a transaction object
    switch: { family: 'switch', toOther: 0.85, bare: 0.75 },
    switching: { family: 'switch', toOther: 0.85, bare: 0.75 },
    switched: { family: 'switch', toOther: 0.85 },
    move: { family: 'move', toOther: 0.85 },
    moving: { family: 'move', toOther: 0.85 },
    going: { family: 'go', toOther: 0.8 },
    go: { family: 'go', toOther: 0.8 },
    renew: { family: 'renew', negatedIsLeave: 0.85 },
    renewing: { family: 'renew', negatedIsLeave: 0.85 },
  },

  phrases: [
    // ---- churn: threats to end the relationship (verb-based threats are in intentVerbs) ----
    // "Never again." / "never flying united again"
    { id: 'leave.never_again', match: 'never again', tag: 'leave', weight: 0.85, reason: 'threat to leave: "never again"', personal: true },
    { id: 'leave.never_patron_again', match: 'never @patron ** again', tag: 'leave', weight: 0.85, reason: 'threat to leave: will never come back', personal: true },
    { id: 'leave.never_x_patron_again', match: 'never * @patron ** again', tag: 'leave', weight: 0.85, reason: 'threat to leave: will never come back', personal: true },
    { id: 'leave.neveragain_tag', match: 'neveragain', tag: 'leave', weight: 0.8, reason: 'threat to leave: #neveragain', personal: true },
    // "You'll never see my money again"
    { id: 'leave.never_see_money', match: 'never see my|our money|business again', tag: 'leave', weight: 0.85, reason: 'threat to leave: takes their money elsewhere' },
    // "Won't be coming back." / "I won't be back"
    { id: 'leave.not_back', match: 'not be coming|going|flying? back', tag: 'leave', weight: 0.8, reason: 'says they will not come back', personal: true },
    { id: 'leave.not_returning', match: 'not be returning|renewing', tag: 'leave', weight: 0.8, reason: 'says they will not come back', personal: true },
    // "Last time I ever order from here." / "that's the last time I fly American"
    { id: 'leave.last_time', match: 'last time i|we ever? @patron', tag: 'leave', weight: 0.8, reason: 'threat to leave: "last time"', personal: true },
    // "you just lost a customer" / "Enjoy losing a 10 year customer" / "you'll lose a customer"
    { id: 'leave.lost_customer', match: 'lost|lose|losing a|an|another|one ** customer|client|flyer|member', tag: 'leave', weight: 0.85, reason: 'says you lost (or will lose) a customer' },
    { id: 'leave.lost_business', match: 'lost|lose|losing my|our business|custom', tag: 'leave', weight: 0.85, reason: 'says you lost their business' },
    // "I'm taking my business elsewhere" / "taking my family's business elsewhere"
    { id: 'leave.business_elsewhere', match: 'take|taking|took my|our ** business|money elsewhere|somewhere', tag: 'leave', weight: 0.9, reason: 'threat to take their business elsewhere', negatable: true },
    { id: 'leave.jump_ship', match: 'jump ship', tag: 'leave', weight: 0.8, reason: 'threat to leave: "jump ship"', negatable: true },
    // "Time to find a new ISP." / "I'm going to look for another airline"
    { id: 'leave.find_another', match: 'find|finding|look|looking|shop|shopping for|around? another|a|other @providerNoun|new|different', tag: 'leave', weight: 0.75, reason: 'looking for another provider', negatable: true, personal: true },
    // "We're evaluating alternatives"
    { id: 'leave.evaluating', match: 'evaluating|considering|exploring|weighing alternatives|competitors|other', tag: 'leave', weight: 0.75, reason: 'evaluating alternatives', personal: true },
    // "I want out of this contract"
    { id: 'leave.want_out', match: 'want|wants out of this|my|our|the contract|plan|subscription|membership', tag: 'leave', weight: 0.85, reason: 'wants out of the contract' },
    // "I don't want to deal with you anymore"
    { id: 'leave.no_more_dealing', match: 'not want to deal|do business with you|your ** anymore|again', tag: 'leave', weight: 0.8, reason: 'wants nothing more to do with you' },
    // "I'm done with you guys" / "Done with this airline."
    { id: 'leave.done_with', match: 'done with you|this|your|y|these', tag: 'leave', weight: 0.8, reason: 'says they are done with you', personal: true },
    // "I'm done." (after a complaint)
    { id: 'leave.im_done', match: 'i|we am|are done $', tag: 'leave', weight: 0.7, reason: 'says they are done', needsNegative: true },
    { id: 'leave.im_out', match: 'i|we am|are out $', tag: 'leave', weight: 0.7, reason: 'says they are out', needsNegative: true },
    { id: 'leave.im_gone', match: 'i|we am|are|will|be gone $', tag: 'leave', weight: 0.8, reason: 'threat to leave: "I\'m gone"' },
    // "I'll be flying Delta from now on" (after a complaint)
    { id: 'leave.from_now_on', match: '@patron ** from now on', tag: 'leave', weight: 0.75, reason: 'will use someone else from now on', needsNegative: true, personal: true },
    { id: 'leave.last_straw', match: 'last straw', tag: 'leave', weight: 0.65, reason: 'threat to leave: "last straw"' },
    { id: 'leave.goodbye', match: 'goodbye|bye forever|for good', tag: 'leave', weight: 0.6, reason: 'says goodbye', needsNegative: true },

    // ---- staying: loyalty, tenure, no intention to leave ----
    // "I'm not going anywhere"
    { id: 'stay.not_going_anywhere', match: 'not going anywhere', tag: 'stay', weight: 0.9, reason: 'signals they are staying: "not going anywhere"' },
    // "Still love you guys" / "Still flying with you" / "I'm still a fan" / "still here"
    { id: 'stay.still_a_fan', match: 'still a|my|your fan|favorite|customer|member|go-to', tag: 'stay', weight: 0.75, reason: 'signals they are staying: still a fan' },
    { id: 'stay.still', match: 'still love|like|believe|trust|flying|using|renewing|ordering|shopping|here|choose|recommend', tag: 'stay', weight: 0.75, reason: 'signals they are staying: "still" with you' },
    // "I keep coming back" / "I will keep using it" / "I keep renewing"
    { id: 'stay.keep', match: 'keep|continue|continuing @patron|renewing|ordering|coming|subscribing', tag: 'stay', weight: 0.75, reason: 'signals they are staying: keeps coming back' },
    // "we'll stick with you" / "sticking with you"
    { id: 'stay.stuck_with_you', match: 'stuck with you|u', tag: 'stay', weight: 0.7, reason: 'signals they are staying: sticking with you' },
    { id: 'stay.stick', match: 'stick|sticking|stay|staying|stayed with you|u|it|your', tag: 'stay', weight: 0.8, reason: 'signals they are staying: sticking with you' },
    // "I'll stay" / "We're staying" / "happy to stay"
    { id: 'stay.will_stay', match: 'i|we|to will|are|am? stay|staying $', tag: 'stay', weight: 0.8, reason: 'signals they are staying' },
    // "I'll be back but do better"
    { id: 'stay.be_back', match: 'i|we will be back', tag: 'stay', weight: 0.6, reason: 'signals they are staying: will be back' },
    // "want to keep using you"
    { id: 'stay.want_keep', match: 'want to keep|stay', tag: 'stay', weight: 0.8, reason: 'signals they are staying: wants to keep using you' },
    // "loyal customer", "I'm loyal to a fault"
    { id: 'stay.loyal', match: 'loyal|loyalty', tag: 'stay', weight: 0.7, reason: 'signals they are staying: loyalty' },
    { id: 'stay.longtime', match: 'longtime|long-time|long-standing|longstanding|lifelong|old|regular @tenureRel|customers|members|subscribers', tag: 'stay', weight: 0.7, reason: 'signals they are staying: long tenure' },
    { id: 'stay.longtime_adj', match: 'longtime|long-time|lifelong', tag: 'stay', weight: 0.6, reason: 'signals they are staying: long tenure' },
    // "I've been with you nine years" / "Been with this bank my whole adult life"
    { id: 'stay.been_with', match: 'been with you|u|this|your', tag: 'stay', weight: 0.75, reason: 'signals they are staying: long tenure' },
    // "There's no real alternative" / "nowhere else to go" / "nothing else does what it does"
    { id: 'stay.no_alternative', match: 'no real|other|good? alternative|alternatives', tag: 'stay', weight: 0.7, reason: 'signals they are staying: no alternative' },
    { id: 'stay.nothing_else_does', match: 'nothing else does|compares|comes|works', tag: 'stay', weight: 0.7, reason: 'signals they are staying: no alternative' },
    { id: 'stay.nowhere_else', match: 'nowhere else', tag: 'stay', weight: 0.7, reason: 'signals they are staying: no alternative' },
    { id: 'stay.only_trust', match: 'only bank|airline|company|one|brand|provider i|we trust|use|fly', tag: 'stay', weight: 0.7, reason: 'signals they are staying: the only one they trust' },
    // "I'm a huge fan" / "big fan"
    { id: 'stay.fan', match: 'big|huge|long|loyal|biggest fan', tag: 'stay', weight: 0.6, reason: 'signals they are staying: a fan' },
    // "I'll always be a Southwest girl"
    { id: 'stay.always_be', match: 'always be a|your', tag: 'stay', weight: 0.7, reason: 'signals they are staying' },
    // "you know I love you" / "I love you guys but"
    { id: 'stay.love_you', match: 'love you|u|ya guys|all|$|but|jetblue|united|delta|southwest|american', tag: 'stay', weight: 0.55, reason: 'signals they are staying: affection for the brand' },
    // "I've recommended you to everyone" / "I've defended your product for years"
    { id: 'stay.advocate', match: 'have recommended|defended you|your', tag: 'stay', weight: 0.6, reason: 'signals they are staying: has advocated for you' },
    { id: 'stay.committed', match: 'we|i are|am committed', tag: 'stay', weight: 0.7, reason: 'signals they are staying: committed' },
    // airline and retail elite status: "Diamond member here", "1K flyer", "Executive Platinum"
    { id: 'stay.elite', match: '1k|platinum|diamond|mosaic|gold|executive|elite|premier|prime|million member|flyer|miler|status|here|for', tag: 'stay', weight: 0.55, reason: 'signals they are staying: loyalty status' },
    { id: 'stay.frequent', match: 'frequent flyer|flier|traveler|customer|guest|shopper', tag: 'stay', weight: 0.6, reason: 'signals they are staying: frequent customer' },

    // ---- suggestions and named drawbacks (what great_but improves on) ----
    // "Would be nice if we could export to CSV" / "would be even better if"
    { id: 'suggest.would_be_nice', match: 'would|it be nice|great|better|awesome|helpful|good|cool|ideal if|to', tag: 'suggest', weight: 0.7, reason: 'suggestion: names something to improve' },
    { id: 'suggest.would_be_even_better', match: 'would be even better', tag: 'suggest', weight: 0.7, reason: 'suggestion: names something to improve' },
    { id: 'suggest.would_have_been_nice', match: 'would have been nice|great|better', tag: 'suggest', weight: 0.7, reason: 'suggestion: names something to improve' },
    { id: 'suggest.would_love', match: 'would love it? if|to see', tag: 'suggest', weight: 0.7, reason: 'suggestion: names something to improve' },
    // "just wish the seats had more legroom"
    { id: 'suggest.wish', match: 'wish|wished|wishing', tag: 'suggest', weight: 0.6, reason: 'wish: names something to improve' },
    { id: 'suggest.if_only', match: 'if only', tag: 'suggest', weight: 0.6, reason: 'wish: names something to improve' },
    // "Only thing is the wifi" / "the only downside is the price" / "My one gripe"
    { id: 'suggest.only_thing', match: 'only thing', tag: 'suggest', weight: 0.65, reason: 'names the one thing to improve' },
    { id: 'suggest.only_downside', match: 'only|one|biggest|main downside|issue|complaint|problem|gripe|negative|con|let-down|letdown|drawback|criticism|niggle|quibble', tag: 'suggest', weight: 0.75, reason: 'names the one thing to improve' },
    { id: 'suggest.one_small', match: 'one|small|minor|little suggestion|request|gripe|complaint|thing|issue|niggle', tag: 'suggest', weight: 0.7, reason: 'names something to improve' },
    // "Battery life could be better" / "Breakfast could use more variety"
    { id: 'suggest.could_be_better', match: 'could|can be|use better|improvement|improving|more|some|work', tag: 'suggest', weight: 0.65, reason: 'says it could be better' },
    { id: 'suggest.needs_work', match: 'needs|need work|improvement|improving|fixing|attention', tag: 'suggest', weight: 0.65, reason: 'says it needs work' },
    { id: 'suggest.room', match: 'room for improvement', tag: 'suggest', weight: 0.65, reason: 'says there is room for improvement' },
    // "The dessert not so much." / "the front desk staff less so" / "Not so great: the bag fee"
    { id: 'suggest.not_so_much', match: 'not so much|great|good|hot', tag: 'suggest', weight: 0.7, reason: 'contrast: one part fell short' },
    { id: 'suggest.less_so', match: 'less so', tag: 'suggest', weight: 0.7, reason: 'contrast: one part fell short' },
    { id: 'suggest.too_bad', match: 'too bad|shame|pity', tag: 'suggest', weight: 0.6, reason: 'names something that fell short' },
    // "please add dark mode" / "bring back the old layout"
    { id: 'suggest.please_add', match: 'please add|bring|consider|allow|include|improve|fix|make', tag: 'suggest', weight: 0.55, reason: 'request: names something to improve' },
    { id: 'suggest.should', match: 'should|maybe', tag: 'suggest', weight: 0.4, reason: 'suggestion: names something to improve' },

    // ---- lukewarm (passive) ----
    // "It was fine, I guess" / "The flight was ok" / "It was an ok stay"
    { id: 'luke.cop_ok', match: '@cop @dim? @dim? @lukeOk', tag: 'lukewarm', weight: 0.6, reason: 'lukewarm: "it was fine"' },
    // "Service was decent" / "Pretty average experience" / "Mediocre at best" / "Meh."
    { id: 'luke.adj', match: '@lukeAdj', tag: 'lukewarm', weight: 0.65, reason: 'lukewarm: middling words' },
    { id: 'luke.just_ok', match: 'just|only|pretty|fairly @lukeOk', tag: 'lukewarm', weight: 0.5, reason: 'lukewarm: "just okay"' },
    { id: 'luke.works_ok', match: 'works|worked|working ok|okay|fine|alright', tag: 'lukewarm', weight: 0.55, reason: 'lukewarm: "works okay"' },
    // "an ok service" / "an okay app"
    { id: 'luke.an_ok', match: 'an|a ok|okay|fine|alright|so-so *', tag: 'lukewarm', weight: 0.6, reason: 'lukewarm: "an ok service"' },
    { id: 'luke.fine_i_guess', match: 'ok|okay|fine|alright|good i guess|suppose', tag: 'lukewarm', weight: 0.75, reason: 'lukewarm: "fine, I guess"' },
    { id: 'luke.hedge', match: 'i guess|suppose $', tag: 'lukewarm', weight: 0.3, reason: 'hedged: "I guess"' },
    // "Not bad, not great." / "Not amazing, but it's fine."
    { id: 'luke.not_bad', match: 'not bad|terrible|awful $|though|but|not|overall|i', tag: 'lukewarm', weight: 0.6, reason: 'lukewarm: "not bad"' },
    { id: 'luke.not_the_best', match: 'not the best|worst', tag: 'lukewarm', weight: 0.6, reason: 'lukewarm: "not the best"' },
    { id: 'luke.not_great', match: 'not great|amazing|awesome|wow|impressive|special|exciting|terrible|perfect|horrible', tag: 'lukewarm', weight: 0.45, reason: 'lukewarm: "not great"' },
    { id: 'luke.wasnt_bad', match: 'was|is not bad', tag: 'lukewarm', weight: 0.55, reason: 'lukewarm: "wasn\'t bad"' },
    { id: 'luke.nothing_special', match: 'nothing special|memorable|amazing|great|spectacular|extraordinary|fancy|exciting|remarkable|more|to|stood|stands|outstanding|wrong', tag: 'lukewarm', weight: 0.7, reason: 'lukewarm: "nothing special"' },
    { id: 'luke.could_have_been', match: 'could|might have been better|worse', tag: 'lukewarm', weight: 0.65, reason: 'lukewarm: "could have been better"' },
    { id: 'luke.does_the_job', match: 'does|did|gets|got|get|do the job|trick', tag: 'lukewarm', weight: 0.6, reason: 'lukewarm: "does the job"' },
    { id: 'luke.good_enough', match: 'good|ok|fine enough', tag: 'lukewarm', weight: 0.7, reason: 'lukewarm: "good enough"' },
    { id: 'luke.middle', match: 'middle of the road', tag: 'lukewarm', weight: 0.8, reason: 'lukewarm: "middle of the road"' },
    { id: 'luke.so_so', match: 'so so', tag: 'lukewarm', weight: 0.75, reason: 'lukewarm: "so-so"' },
    { id: 'luke.neither', match: 'neither happy|satisfied|good|bad', tag: 'lukewarm', weight: 0.8, reason: 'lukewarm: neither happy nor unhappy' },
    { id: 'luke.mixed', match: 'mixed feelings|bag|experience', tag: 'lukewarm', weight: 0.7, reason: 'lukewarm: mixed feelings' },
    { id: 'luke.for_what_it_is', match: 'for what it is', tag: 'lukewarm', weight: 0.5, reason: 'lukewarm: "fine for what it is"' },
    { id: 'luke.expected_more', match: 'expected a? bit? more|better', tag: 'lukewarm', weight: 0.55, reason: 'expected more' },
    { id: 'luke.not_hoped', match: 'not what i hoped|expected', tag: 'lukewarm', weight: 0.5, reason: 'expected more' },
    { id: 'luke.some_good', match: 'some good some bad', tag: 'lukewarm', weight: 0.7, reason: 'lukewarm: some good, some bad' },
    { id: 'luke.whatever', match: 'whatever $', tag: 'lukewarm', weight: 0.3, reason: 'lukewarm: "whatever"' },
    { id: 'luke.at_best', match: 'at best', tag: 'lukewarm', weight: 0.4, reason: 'lukewarm: "at best"' },

    // ---- sarcasm: positive words used to complain ----
    // "great, another delay" / "Oh great, the website is down again"
    { id: 'sarcasm.great_another', match: 'great|perfect|awesome|wonderful|fantastic|lovely|nice|brilliant|terrific|cool|love another|again', tag: 'sarcasm', weight: 2, reason: 'sarcasm, not praise: "great, another ..."' },
    { id: 'sarcasm.oh_great', match: 'oh great|perfect|wonderful|fantastic|awesome|lovely|brilliant|nice|joy', tag: 'sarcasm', weight: 2, reason: 'sarcasm, not praise: "oh great"' },
    { id: 'sarcasm.great_just_great', match: 'great just great', tag: 'sarcasm', weight: 2, reason: 'sarcasm, not praise: "great, just great"' },
    // "Thanks for nothing." / "Thanks a lot for ruining my vacation"
    { id: 'sarcasm.thanks_for_nothing', match: 'thanks|thank you? a? lot? for nothing|ruining|losing|wasting|ignoring|nada', tag: 'sarcasm', weight: 3, reason: 'sarcasm: "thanks for nothing"' },
    { id: 'sarcasm.so_much_for', match: 'so much for', tag: 'sarcasm', weight: 2, reason: 'sarcasm: "so much for ..."' },
    { id: 'sarcasm.yeah_right', match: 'yeah|ya right', tag: 'sarcasm', weight: 2, reason: 'sarcasm: "yeah right"' },
    { id: 'sarcasm.love_how', match: 'love|loving how i|we have|had|get|got|need|must', tag: 'sarcasm', weight: 2, reason: 'sarcasm: "love how I have to ..."' },
    { id: 'sarcasm.love_being', match: 'love|loving|enjoy|enjoying being|waiting|sitting|spending', tag: 'sarcasm', weight: 2, reason: 'sarcasm: "love being on hold"' },
    { id: 'sarcasm.love_that_for_me', match: 'love that for me|us', tag: 'sarcasm', weight: 2, reason: 'sarcasm: "love that for me"' },
    { id: 'sarcasm.great_way', match: 'such|what a great|perfect|wonderful|fantastic|nice|lovely way to', tag: 'sarcasm', weight: 2, reason: 'sarcasm: "what a great way to ..."' },
    { id: 'sarcasm.good_job', match: 'good|great|nice|fantastic job|work|going losing|ruining|canceling|breaking|again', tag: 'sarcasm', weight: 2, reason: 'sarcasm: "great job ..." after trouble' },
    { id: 'sarcasm.nice_try', match: 'nice|good try', tag: 'sarcasm', weight: 2, reason: 'sarcasm: "nice try"' },
    { id: 'sarcasm.good_luck', match: 'good luck getting|reaching|with|finding|trying|if', tag: 'sarcasm', weight: 2, reason: 'sarcasm: "good luck getting ..."' },
    { id: 'sarcasm.had_one_job', match: 'had one job', tag: 'sarcasm', weight: 3, reason: 'sarcasm: "you had one job"' },

    // ---- praise phrases whose words would mislead alone ----
    { id: 'praise.not_bad_at_all', match: 'not bad at all', tag: 'praise', weight: 3, reason: 'praise: "not bad at all"' },
    { id: 'praise.no_complaints', match: 'no complaints|complaint|issues|problems|problem|regrets', tag: 'praise', weight: 2, reason: 'praise: "no complaints"' },
    { id: 'praise.never_had', match: 'never had a|any problem|problems|issue|issues', tag: 'praise', weight: 2, reason: 'praise: never had a problem' },
    { id: 'praise.couldnt_be_happier', match: 'not be happier|better', tag: 'praise', weight: 3, reason: 'praise: "couldn\'t be happier"' },
    { id: 'praise.cant_say_enough', match: 'not say enough|thank you enough', tag: 'praise', weight: 3, reason: 'praise' },
    { id: 'praise.above_beyond', match: 'above and beyond', tag: 'praise', weight: 3, reason: 'praise: "above and beyond"' },
    { id: 'praise.out_of_way', match: 'out of their|her|his|your way', tag: 'praise', weight: 2.5, reason: 'praise: went out of their way' },
    { id: 'praise.you_rock', match: 'you|guys|team|crew rock|rocked|rule', tag: 'praise', weight: 3, reason: 'praise: "you rock"' },
    { id: 'praise.keep_it_up', match: 'keep it up|keep up the', tag: 'praise', weight: 2, reason: 'praise: "keep it up"' },
    { id: 'praise.made_my_day', match: 'made my day|trip|week', tag: 'praise', weight: 3, reason: 'praise: "made my day"' },
    { id: 'praise.never_disappoint', match: 'never disappoint|disappoints|fail|fails', tag: 'praise', weight: 3, reason: 'praise: "never disappoint"' },
    { id: 'praise.like_a_charm', match: 'like a charm', tag: 'praise', weight: 3, reason: 'praise: "works like a charm"' },
    { id: 'praise.again', match: 'would|will definitely|probably|totally|gladly? fly|order|buy|book|stay|come|shop|use|recommend|visit|go ** again', tag: 'praise', weight: 2, reason: 'praise: would come again' },
    { id: 'praise.worth_it', match: 'worth it|every|the', tag: 'praise', weight: 2, reason: 'praise: "worth it"' },
    { id: 'praise.nice_touch', match: 'nice|great|lovely touch', tag: 'praise', weight: 2.5, reason: 'praise: "nice touch"' },
    { id: 'praise.saved', match: 'saved my|the|us', tag: 'praise', weight: 2.5, reason: 'praise: "you saved my ..."' },
    { id: 'praise.really_like', match: 'really|truly|so like|liked', tag: 'praise', weight: 2, reason: 'praise: "really like"' },
    { id: 'praise.i_like', match: 'i|we really? like|liked', tag: 'praise', weight: 2, reason: 'praise: "I like ..."' },
    { id: 'praise.well_done', match: 'well done', tag: 'praise', weight: 2.5, reason: 'praise: "well done"' },
    { id: 'praise.no_worries', match: 'no worries|problem', tag: 'neutral', weight: 0, reason: '' },
    { id: 'praise.hats_off', match: 'hats off|shout out|props to', tag: 'praise', weight: 2.5, reason: 'praise' },
    { id: 'praise.thank_you_so_much', match: 'thank|thanks you? so|very much', tag: 'praise', weight: 1.5, reason: 'thanks' },

    // ---- complaint phrases ----
    { id: 'complaint.not_good_enough', match: 'not good enough', tag: 'complaint', weight: 2.5, reason: 'complaint: "not good enough"' },
    { id: 'complaint.not_happy', match: 'not happy|pleased|satisfied|impressed|ok|okay|acceptable|cool|fine', tag: 'complaint', weight: 2.5, reason: 'complaint: "not happy"' },
    { id: 'complaint.come_on', match: 'come on|get it together|do better|step it up|get your act', tag: 'complaint', weight: 2, reason: 'complaint' },
    { id: 'complaint.on_hold', match: 'on hold', tag: 'complaint', weight: 1.5, reason: 'complaint: kept on hold' },
    { id: 'complaint.hung_up', match: 'hung|hang up|hangs up', tag: 'complaint', weight: 2.5, reason: 'complaint: hung up on' },
    { id: 'complaint.no_call_back', match: 'no|never call back', tag: 'complaint', weight: 1.5, reason: 'complaint: no call back' },
    { id: 'complaint.no_callback', match: 'no|never callback|reply|response|answer|update|updates|info|information|help|communication|announcements|explanation|wifi|water|voucher|apology', tag: 'complaint', weight: 1.5, reason: 'complaint: nothing came back' },
    { id: 'complaint.zero', match: 'zero updates|announcements|help|communication|info|information|response|stars', tag: 'complaint', weight: 1.5, reason: 'complaint: nothing came back' },
    { id: 'complaint.never_arrived', match: 'never arrived|showed|came|got|received|heard|answered|responded|called|shipped|delivered|returned', tag: 'complaint', weight: 2, reason: 'complaint: never happened' },
    { id: 'complaint.still_no', match: 'still no|not|nothing|waiting|broken|missing|stuck|down|has|have', tag: 'complaint', weight: 1.5, reason: 'complaint: still not resolved' },
    { id: 'complaint.not_work', match: 'not work|working|load|loading|open|sync|syncing|connect|let|help|helping|listen|answer|respond|care|show|arrive|solved|fixed|resolved', tag: 'complaint', weight: 2, reason: 'complaint: does not work' },
    { id: 'complaint.drives_me', match: 'drives|driving|drove me nuts|crazy|insane|mad|up', tag: 'complaint', weight: 2.5, reason: 'complaint: drives them crazy' },
    { id: 'complaint.waste', match: 'waste|wasted|wasting of? my|our time|money|day', tag: 'complaint', weight: 2.5, reason: 'complaint: wasted time' },
    { id: 'complaint.is_down', match: '@cop|went|goes|go|keeps|keep going? down', tag: 'complaint', weight: 1.5, reason: 'complaint: outage' },
    { id: 'complaint.logs_out', match: 'logs|logged|kicks|kicked me out', tag: 'complaint', weight: 1.5, reason: 'complaint: logs them out' },
    { id: 'complaint.took_long', match: 'took|takes|taking|take ** forever|ages|hours|weeks|days|months|long', tag: 'complaint', weight: 1.5, reason: 'complaint: took too long' },
    { id: 'complaint.too_long', match: 'too long|many|much|slow', tag: 'complaint', weight: 1.5, reason: 'complaint: too long' },
    // "the export keeps timing out" / "the wait was long"
    { id: 'complaint.timing_out', match: 'timing|times|timed|time out', tag: 'complaint', weight: 2, reason: 'complaint: times out' },
    { id: 'complaint.long_wait', match: 'wait|waits|queue|line|lines|hold|delay|delays|wait-time @cop? so|very|too|really? long|forever|endless|ages', tag: 'complaint', weight: 2, reason: 'complaint: long wait' },
    { id: 'complaint.going_on', match: 'what is going on', tag: 'complaint', weight: 1.5, reason: 'complaint' },
    { id: 'complaint.no_one', match: 'no one can|could|seems|cares|knows|answered|helped|responded|called|is|at|on|in', tag: 'complaint', weight: 1.5, reason: 'complaint: nobody helps' },
    { id: 'complaint.nobody', match: 'nobody|noone can|could|seems|cares|knows|answered|helped|responded|called|is|at|on|in', tag: 'complaint', weight: 1.5, reason: 'complaint: nobody helps' },
    { id: 'complaint.not_recommend', match: 'not recommend|never recommend', tag: 'complaint', weight: 2.5, reason: 'complaint: would not recommend' },
    { id: 'complaint.testing_me', match: 'testing my|me patience', tag: 'complaint', weight: 2, reason: 'complaint: losing patience' },
    { id: 'complaint.losing_patience', match: 'losing patience', tag: 'complaint', weight: 2, reason: 'complaint: losing patience' },
    { id: 'complaint.making_it_hard', match: 'making it hard|difficult', tag: 'complaint', weight: 2, reason: 'complaint' },
    { id: 'complaint.expected_better', match: 'expect|expected better', tag: 'complaint', weight: 2, reason: 'complaint: expected better' },
    { id: 'complaint.charged_twice', match: 'charged|billed twice', tag: 'complaint', weight: 2, reason: 'complaint: charged twice' },
    { id: 'complaint.double_charged', match: 'double charged|billed|charging', tag: 'complaint', weight: 2, reason: 'complaint: charged twice' },
    { id: 'complaint.out_of_order', match: 'out of order|service|stock', tag: 'complaint', weight: 1, reason: 'complaint' },
    { id: 'complaint.no_idea', match: 'had|has|have no idea|clue', tag: 'complaint', weight: 2, reason: 'complaint: staff had no idea' },
    { id: 'complaint.regret', match: 'regret|regretting', tag: 'complaint', weight: 1.5, reason: 'complaint' },

    // ---- intensity: repeated or escalating trouble ----
    // "third time this month" / "for the 5th time"
    { id: 'intensity.nth_time', match: '@ordinal time|day|week|package|order|flight|invoice|cancelled|missed|faulty|outage|wrong|delay', tag: 'intensity', weight: 0.5, reason: 'intensity: repeated problem' },
    { id: 'intensity.n_times', match: '#num|two|three|four|five|several|multiple|many times|calls|emails|outages', tag: 'intensity', weight: 0.4, reason: 'intensity: repeated problem' },
    { id: 'intensity.again', match: 'again|repeatedly|constantly|constant|keeps|kept|everytime', tag: 'intensity', weight: 0.3, reason: 'intensity: it keeps happening' },
    { id: 'intensity.every_time', match: 'every single? time', tag: 'intensity', weight: 0.35, reason: 'intensity: it keeps happening' },
    { id: 'intensity.yet_another', match: 'yet another', tag: 'intensity', weight: 0.35, reason: 'intensity: it keeps happening' },
    { id: 'intensity.in_a_row', match: 'in a row', tag: 'intensity', weight: 0.4, reason: 'intensity: it keeps happening' },
    { id: 'intensity.twice', match: 'twice', tag: 'intensity', weight: 0.3, reason: 'intensity: it keeps happening' },

    // ---- neutral: words that would otherwise score ----
    { id: 'neutral.would_like', match: 'would like|love to', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.greeting', match: 'good morning|afternoon|evening|day|night', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.fine_with', match: 'fine|ok|okay with|by', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.that_is_fine', match: 'that|this is fine|ok|okay|alright', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.ok_thanks', match: 'ok|okay|fine|alright thanks|thank|i|will|we|got|sounds|sure|great|let|so', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.not_sure', match: 'not sure', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.expect_much', match: 'not expect much|a lot', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.wanted_to_like', match: 'wanted|want|tried to like|love', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.wish_could_say', match: 'wish i could say', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.no_thanks', match: 'no thanks|thank', tag: 'neutral', weight: 0, reason: '' },
    { id: 'neutral.as_well', match: 'as well|well as', tag: 'neutral', weight: 0, reason: '' },
  ],

  categories: {
    // process: waits, delays, refunds, approvals, forms, steps, policies
    wait: ['process', 'too_slow'], waited: ['process', 'too_slow'], waiting: ['process', 'too_slow'],
    hold: ['process', 'too_slow'], queue: ['process', 'too_slow'], delay: ['process', 'too_slow'],
    delayed: ['process', 'too_slow'], delays: ['process', 'too_slow'], late: ['process', 'too_slow'],
    forever: ['process', 'too_slow'], slow: ['process', 'too_slow'], took: ['process', 'too_slow'],
    refund: ['process', 'too_slow'], approval: ['process', 'too_slow'], shipping: ['process', 'too_slow'],
    delivery: ['process', 'too_slow'], shipped: ['process', 'too_slow'], tarmac: ['process', 'too_slow'],
    weeks: ['process', 'too_slow'], hours: ['process', 'too_slow'], minutes: ['process', 'too_slow'],
    'check-in': ['process', 'too_slow'], boarding: ['process', 'cumbersome'], response: ['process', 'too_slow'],
    wrong: ['process', 'error_prone'], mistake: ['process', 'error_prone'], lost: ['process', 'error_prone'],
    missing: ['process', 'error_prone'], billing: ['process', 'error_prone'], invoice: ['process', 'error_prone'],
    charged: ['process', 'error_prone'], overcharged: ['process', 'error_prone'], bag: ['process', 'error_prone'],
    bags: ['process', 'error_prone'], luggage: ['process', 'error_prone'], baggage: ['process', 'error_prone'],
    damaged: ['process', 'error_prone'], broken: ['process', 'error_prone'], chipped: ['process', 'error_prone'],
    faulty: ['process', 'error_prone'], cancelled: ['process', 'error_prone'], canceled: ['process', 'error_prone'],
    connection: ['process', 'error_prone'], invoicing: ['process', 'error_prone'], package: ['process', 'error_prone'],
    form: ['process', 'cumbersome'], forms: ['process', 'cumbersome'], steps: ['process', 'cumbersome'],
    policy: ['process', 'cumbersome'], paperwork: ['process', 'cumbersome'], fee: ['process', 'cumbersome'],
    fees: ['process', 'cumbersome'], verification: ['process', 'cumbersome'], clicks: ['process', 'cumbersome'],
    process: ['process', 'cumbersome'], transferred: ['process', 'cumbersome'], repeat: ['process', 'cumbersome'],
    scheduling: ['process', 'cumbersome'], parking: ['process', 'cumbersome'], receipt: ['process', 'cumbersome'],
    confusing: ['process', 'cumbersome'], complicated: ['process', 'cumbersome'], maze: ['process', 'cumbersome'],
    tree: ['process', 'cumbersome'], hoops: ['process', 'cumbersome'], price: ['process', 'cumbersome'],
    prices: ['process', 'cumbersome'], seats: ['process', 'cumbersome'], legroom: ['process', 'cumbersome'],
    // systems: app, website, login, crash, bug, outage, error, sync, wifi
    app: ['systems', 'short_term'], website: ['systems', 'short_term'], site: ['systems', 'short_term'],
    portal: ['systems', 'short_term'], login: ['systems', 'short_term'], password: ['systems', 'short_term'],
    crash: ['systems', 'short_term'], crashes: ['systems', 'short_term'], crashed: ['systems', 'short_term'],
    crashing: ['systems', 'short_term'], bug: ['systems', 'short_term'], bugs: ['systems', 'short_term'],
    glitch: ['systems', 'short_term'], outage: ['systems', 'short_term'], outages: ['systems', 'short_term'],
    error: ['systems', 'short_term'], errors: ['systems', 'short_term'], sync: ['systems', 'strategic'],
    syncing: ['systems', 'strategic'], wifi: ['systems', 'short_term'], 'wi-fi': ['systems', 'short_term'],
    internet: ['systems', 'short_term'], server: ['systems', 'short_term'], system: ['systems', 'short_term'],
    update: ['systems', 'strategic'], version: ['systems', 'strategic'], software: ['systems', 'strategic'],
    feature: ['systems', 'strategic'], export: ['systems', 'short_term'], checkout: ['systems', 'short_term'],
    page: ['systems', 'short_term'], online: ['systems', 'short_term'], bot: ['systems', 'strategic'],
    chatbot: ['systems', 'strategic'], entertainment: ['systems', 'short_term'], battery: ['systems', 'strategic'],
    offline: ['systems', 'strategic'], mode: ['systems', 'strategic'], interface: ['systems', 'strategic'],
    layout: ['systems', 'strategic'], dashboard: ['systems', 'strategic'], search: ['systems', 'strategic'],
    freezes: ['systems', 'short_term'], froze: ['systems', 'short_term'], lags: ['systems', 'short_term'],
    downloads: ['systems', 'short_term'], releases: ['systems', 'strategic'], screen: ['systems', 'short_term'],
    // human connection: rude, unhelpful, no callback, ignored, uncaring
    rude: ['human', 'role_mismatch'], rudely: ['human', 'role_mismatch'], dismissive: ['human', 'role_mismatch'],
    attitude: ['human', 'role_mismatch'], unprofessional: ['human', 'role_mismatch'], hung: ['human', 'role_mismatch'],
    yelled: ['human', 'role_mismatch'], cold: ['human', 'role_mismatch'], unhelpful: ['human', 'other'],
    ignored: ['human', 'other'], ignoring: ['human', 'other'], callback: ['human', 'other'], uncaring: ['human', 'other'],
    care: ['human', 'other'], listen: ['human', 'other'], clueless: ['human', 'training'], idea: ['human', 'training'],
    misinformed: ['human', 'training'], trained: ['human', 'training'], training: ['human', 'training'],
    staff: ['human', 'other'], agent: ['human', 'other'], rep: ['human', 'other'], crew: ['human', 'other'],
    cashier: ['human', 'other'], barista: ['human', 'other'], waiter: ['human', 'other'], manager: ['human', 'other'],
    technician: ['human', 'other'], driver: ['human', 'other'], desk: ['human', 'other'], guy: ['human', 'other'],
  },

  numbers: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, zero: 0,
  },

  reasons: {
    contrast: 'contrast after praise: names something to improve',
    contrastBefore: 'praise despite a named problem',
    mixed: 'mixed: praise and a named problem',
    praise: 'praise',
    issue: 'names something that fell short',
    ratingPassive: 'lukewarm rating (7-8 out of 10)',
    ratingHigh: 'high rating',
    ratingLow: 'low rating',
    caps: 'intensity: shouting (ALL CAPS)',
    exclaim: 'intensity: "!!!"',
    tenure: 'signals they are staying: long tenure',
    negatedLeave: 'says they are not leaving',
    leaveVerb: 'threat to leave',
    leaveConditional: 'conditional threat to leave',
    leaveQuestion: 'asks how to leave',
    negative: 'complaint',
  },
};
