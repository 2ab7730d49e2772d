/**
 * The one home of Near Miss's runtime schemas.
 *
 * Everything that crosses a boundary is parsed here: runtime messages (the background trusts no
 * sender's payload), storage reads (a stored value may come from an older version or be corrupted),
 * imported settings and endpoint responses. Other modules import the inferred *types* only
 * (`import type`), so zod stays out of the content script's bundle.
 */
import * as z from 'zod';

// ---------------------------------------------------------------------------------------------
// Shared vocabulary

export const signalSchema = z.enum(['great_but', 'frustrated_retained', 'passive', 'churn_risk']);
export type SignalName = z.infer<typeof signalSchema>;

export const categorySchema = z.enum(['process', 'systems', 'human']);
export type CategoryName = z.infer<typeof categorySchema>;

export const sensitivitySchema = z.enum(['precise', 'balanced', 'sensitive']);
export type Sensitivity = z.infer<typeof sensitivitySchema>;

/** Adapter ids: lower-case words, as in lib/adapters. */
export const adapterIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'not a helpdesk id');

/**
 * A host name a team adds for a self-hosted helpdesk or a custom domain: lower-case DNS name, optional
 * port, no scheme or path. Validated strictly because it becomes a match pattern and a permission.
 */
export const hostNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}(:\d{1,5})?$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$/,
    'not a host name (write it like support.example.com, without https:// or a path)',
  );

/** Ticket ids are helpdesk-specific strings ("1042", "cnv_5xj2", "215"); bounded and printable. */
export const ticketIdSchema = z.string().min(1).max(120).regex(/^[\w.:#\-/]+$/, 'not a ticket id');

// ---------------------------------------------------------------------------------------------
// Settings (storage.local, key `local:settings`)

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  /** Helpdesks the content script may act on; a missing id means enabled. */
  disabledHelpdesks: z.array(adapterIdSchema).max(50).default([]),
  /** Team host → adapter id, for self-hosted helpdesks and custom domains. */
  customHosts: z.record(hostNameSchema, adapterIdSchema).default({}),
  sensitivity: sensitivitySchema.default('balanced'),
  /** Per-site off switch: hosts where the sidebar never mounts. */
  disabledSites: z.array(hostNameSchema).max(500).default([]),
  /** Snooze for every site until this epoch-ms time; null when not snoozed. */
  snoozedUntil: z.number().int().nonnegative().nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

// ---------------------------------------------------------------------------------------------
// Runtime messages. One entry per message name; the background parses the envelope, then the
// payload, before any handler runs. `.strict()` refuses unknown keys so a message cannot smuggle
// fields a later handler might trust.

export const messageSchemas = {
  /**
   * Content script start-up. `helpdesk` is the adapter the manifest patterns picked, or null on a
   * team's custom host, which the background resolves from the settings.
   */
  hello: z.object({ host: hostNameSchema, helpdesk: adapterIdSchema.nullable() }).strict(),
  /** An extension page asks for the background's status (popup, options). */
  status: z.object({}).strict(),
} as const;

export type MessageName = keyof typeof messageSchemas;
export type MessageData<N extends MessageName> = z.infer<(typeof messageSchemas)[N]>;

export const envelopeSchema = z
  .object({
    name: z.enum(Object.keys(messageSchemas) as [MessageName, ...MessageName[]]),
    data: z.unknown(),
  })
  .strict();

/** What the background tells a content script at start-up: nothing secret, ever. */
export interface HelloReply {
  version: string;
  /** The adapter to use on this page: the one asked about, or the custom host's; null when none. */
  helpdesk: string | null;
  /** False when the helpdesk or the site is switched off, or the sidebar is snoozed. */
  active: boolean;
  sensitivity: Sensitivity;
}

export interface StatusReply {
  version: string;
}

/** Cross-context results, after Hypothesis: never a thrown error across a message boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A zod error as one line a person can act on: "customHosts.support: not a helpdesk id". */
export function describeError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
