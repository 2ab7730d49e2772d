/**
 * The product's fixed vocabulary as plain constants. Kept apart from lib/schema.ts so UI code in the
 * content script can use it without bundling zod; the schemas are built from these same lists.
 */

export const signals = ['great_but', 'frustrated_retained', 'passive', 'churn_risk'] as const;
export const categories = ['process', 'systems', 'human'] as const;

/** Root-cause factors per category: the follow-up question of each area in the product brief. */
export const factorsByCategory = {
  process: ['too_slow', 'error_prone', 'cumbersome'],
  systems: ['short_term', 'strategic'],
  human: ['training', 'role_mismatch', 'other'],
} as const satisfies Record<(typeof categories)[number], readonly string[]>;

/** Suggested segments; any short free text is accepted too (teams name their own segments). */
export const suggestedSegments = ['key_account', 'new_segment', 'standard'] as const;

/**
 * Detection runs in the background (one detector per browser, not one per helpdesk tab): the content
 * script sends customer messages in batches of at most this many, each cut to this many characters
 * (a near miss is said in the first pages of a message, not after them).
 */
export const DETECT_BATCH_MAX = 100;
export const DETECT_TEXT_MAX = 20_000;
