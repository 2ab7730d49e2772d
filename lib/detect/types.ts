// Public and lexicon types for the near-miss detector. The lexicon is DATA per language (see
// lexicon/en.ts); the engine in this folder is language-neutral and only reads these shapes.

export type Signal = 'great_but' | 'frustrated_retained' | 'passive' | 'churn_risk';
export type Category = 'process' | 'systems' | 'human';
export type Sensitivity = 'precise' | 'balanced' | 'sensitive';

/** Offsets into the input text; `text.slice(start, end) === cue`. */
export interface Evidence {
  start: number;
  end: number;
  cue: string;
  reason: string;
}

export interface Detection {
  /** null: not a near miss (plain praise, plain complaint, neutral, or unsure). */
  signal: Signal | null;
  /** 0..1. For a flag: how sure we are of it. For null: how sure we are that it is not one. */
  confidence: number;
  /** Suggested root cause of a flag, when the message names one (null when signal is null). */
  category: Category | null;
  /** process: too_slow | error_prone | cumbersome; systems: short_term | strategic; human: training | role_mismatch | other */
  factor?: string;
  /** Every flag (signal !== null) carries at least one. */
  evidence: Evidence[];
}

export interface DetectOptions {
  /** Default 'balanced' (precision first). 'precise' flags less, 'sensitive' flags more. */
  sensitivity?: Sensitivity;
  /** Language of the lexicon; only 'en' ships. */
  language?: string;
  /** Team product or feature names mapped to a root-cause category, e.g. { 'Acme Sync': 'systems' }. */
  productNames?: Readonly<Record<string, Category>>;
  /** Competitor names, so "switching to Foo" reads as a threat to leave even in lower case. */
  competitors?: readonly string[];
  /** Extra team phrases (lower case words; `*` = any one word) per signal or category. */
  extraCues?: {
    signals?: Partial<Record<Signal, readonly string[]>>;
    categories?: Partial<Record<Category, readonly string[]>>;
  };
}

/** What a matched phrase contributes. */
export type CueTag =
  | 'leave' // threat to end the relationship (churn)
  | 'stay' // loyalty, tenure, "not going anywhere"
  | 'suggest' // names something to improve ("would be nice if", "only thing")
  | 'lukewarm' // NPS 7-8 language ("it was fine", "nothing special")
  | 'sarcasm' // positive words used to complain ("great, another delay")
  | 'praise' // positive phrase whose words would mislead alone ("not bad at all", "no complaints")
  | 'complaint' // negative phrase ("thanks for nothing", "on hold", "hung up")
  | 'intensity' // repeated or escalating trouble ("third time", "again", "still")
  | 'recovery' // sets a problem aside or thanks for its repair ("no worries", "thanks for the credit")
  | 'neutral'; // consumes words that would otherwise score ("would like", "good morning")

/**
 * A phrase rule. `match` is a space-separated list of slots:
 *   word | a|b|c (alternatives) | @class (lexicon word class) | #num (a number)
 *   slot? (optional) | * (any one word) | ** (0-3 words) | $ (end of sentence or clause)
 *   a|more+b (an alternative of several words: "+" joins them, since a space ends the slot)
 * Mentions, emoji and commas between words are skipped.
 */
export interface PhraseRule {
  id: string;
  match: string;
  tag: CueTag;
  /** leave/stay/lukewarm/suggest/intensity/recovery: strength 0..1; praise/complaint/sarcasm: polarity points. */
  weight: number;
  reason: string;
  /** A negator just before the phrase ("I'm not ...", "don't want to ...") turns leave into stay. */
  negatable?: boolean;
  /** Blocked when a third person is the subject ("my friend said she's never flying again"). */
  personal?: boolean;
  /** Only counts when the message is negative elsewhere (e.g. "I'm done", "from now on"). */
  needsNegative?: boolean;
  /** suggest: the phrase presumes the rest satisfied ("my only complaint", "the one downside"), so it
   *  makes a "great, but" without a praise word. */
  impliesSatisfied?: boolean;
  /** suggest: as often a request or a yes to an offer ("that would be great", "would love help") as a
   *  suggestion, so it does not make thanks before it a "great, but". */
  mayRequest?: boolean;
  /** suggest: the phrase sets a shortfall aside inside praise ("a lovely flight outside of that",
   *  "Lisa is amazing, the guy not so much"), so praise in its own clause makes a "great, but". */
  setsAside?: boolean;
  /** lukewarm: mild praise ("pretty good"): a passive message on its own, but no shortfall beside
   *  stronger praise ("Pretty good flight, and the crew was amazing!"). */
  mildPraise?: boolean;
  /** recovery: the phrase names the disruption itself ("during the delays"), so it reads as a
   *  "great, but" only beside praise ("great job keeping us informed during the delays"). */
  namesDisruption?: boolean;
  /** recovery: the phrase says itself that something went wrong and was put right ("made it
   *  right", "redeemed yourselves", "nice save"), so it is a near miss with no problem word beside it.
   *  stay: the phrase is itself the complaint ("this happens all the time", "0 for 3").
   *  suggest: a hope that what is still open gets sorted ("fingers crossed"): a "great, but" only
   *  after thanks, no shortfall beside praise ("Great stay, hopefully see you again"). */
  impliesTrouble?: boolean;
  /** recovery: the phrase grants the company the cause of the trouble ("not your fault", "I know
   *  you're swamped"), as "I understand" does: a complaint after it reads as grace extended (step 3g)
   *  when it is too strong to be set aside. */
  grantsCause?: boolean;
}

/** How a leave verb is read from the words after it. */
export interface IntentVerb {
  /** Family, used for the rule id ("cancel", "switch", "leave"...). */
  family: string;
  /** Object is a relationship word (account, subscription, membership...). */
  relationship?: number;
  /** "to another provider", "to Delta", a plural provider noun ("switching banks"). */
  toOther?: number;
  /** No object: "I'm cancelling.", "I'm leaving for good". */
  bare?: number;
  /** "not renewing": the negated verb is the threat. */
  negatedIsLeave?: number;
  /** Extra object words this verb accepts as a relationship ("delete the app"). */
  alsoObjects?: readonly string[];
}

export interface Lexicon {
  language: string;
  /** Shorthand, typos and contractions: word -> replacement (may be several words). */
  normalize: Readonly<Record<string, string>>;
  /** Runs of two or three tokens merged into one (data-set artefacts like "Cancelled Flightled"). */
  merge: Readonly<Record<string, string>>;
  /** Word -> polarity (about -3..3). */
  polarity: Readonly<Record<string, number>>;
  /** Emoji and emoticons -> polarity; 'sarcasm' marks an ironic one. */
  emoji: Readonly<Record<string, number | 'sarcasm'>>;
  negators: readonly string[];
  /** Word -> multiplier on the next polar word. */
  intensifiers: Readonly<Record<string, number>>;
  /** Contrast markers. 'after': what follows is the point ("but"); 'before': the clause it opens is conceded ("although"). */
  contrast: Readonly<Record<string, 'after' | 'before'>>;
  /** Named word classes used by phrase rules (@name) and by the engine. */
  classes: Readonly<Record<string, readonly string[]>>;
  phrases: readonly PhraseRule[];
  intentVerbs: Readonly<Record<string, IntentVerb>>;
  /** Root-cause cues: word or phrase -> [category, factor]. */
  categories: Readonly<Record<string, readonly [Category, string]>>;
  numbers: Readonly<Record<string, number>>;
  /** Short reasons for evidence the engine computes (not from a phrase rule). */
  reasons: Readonly<Record<string, string>>;
}
