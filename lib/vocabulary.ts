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
