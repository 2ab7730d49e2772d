/**
 * The one home of Near Miss's runtime schemas.
 *
 * Everything that crosses a boundary is parsed here: runtime messages (the background trusts no
 * sender's payload), storage reads (a stored value may come from an older version or be corrupted),
 * imported settings and endpoint responses. Other modules import the inferred *types* only
 * (`import type`), so zod stays out of the content script's bundle.
 */
import * as z from 'zod';
import { categories, DETECT_BATCH_MAX, DETECT_TEXT_MAX, factorsByCategory, signals, suggestedSegments } from './vocabulary';
import type { Detection } from './detect/types';

// ---------------------------------------------------------------------------------------------
// Shared vocabulary

export const signalSchema = z.enum(signals);
export type SignalName = z.infer<typeof signalSchema>;

export const categorySchema = z.enum(categories);
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
// Near-miss records (issue 6). Bounds come from the reliability reference (S1): a quote ≤ 8 KB,
// notes ≤ 4 KB, an https ticket URL (http only on localhost, for self-hosted test instances).

/** https anywhere; http only for localhost/127.0.0.1 (local receivers and self-hosted test helpdesks). */
export function isAllowedWebUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

const webUrlSchema = z
  .string()
  .max(2048)
  .refine(isAllowedWebUrl, 'must be an https:// address (http:// only for localhost or 127.0.0.1)');

export const channelSchema = z.enum(['email', 'chat', 'unknown']);
export const outcomeSchema = z.enum(['pending', 'recovered', 'lost']);
/** The lead's status of the recommended change (edited on the review page, issue 7). */
export const changeStatusSchema = z.enum(['open', 'in_progress', 'done']);

export { factorsByCategory, suggestedSegments };
export const factorSchema = z.enum([...factorsByCategory.process, ...factorsByCategory.systems, ...factorsByCategory.human]);
export type FactorName = z.infer<typeof factorSchema>;

export const segmentSchema = z.string().trim().min(1).max(80);

export const QUOTE_MAX = 8192;
export const NOTE_MAX = 4096;
const quoteSchema = z.string().max(QUOTE_MAX);
const noteSchema = z.string().max(NOTE_MAX);

export const evidenceSchema = z.object({ quote: quoteSchema.min(1), messageId: z.string().max(200).optional() }).strict();
/** The agent's correction of the detector: a different signal, or "not a near miss". */
export const correctionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('corrected'), signal: signalSchema }).strict(),
  z.object({ kind: z.literal('dismissed') }).strict(),
]);
const stepIdSchema = z.string().regex(/^[\w.-]{1,64}$/, 'not a step id');
export const checklistProgressSchema = z
  .object({ done: z.array(stepIdSchema).max(50), total: z.number().int().min(0).max(50) })
  .strict()
  .refine((p) => p.done.length <= p.total, 'more steps done than the checklist has');

/** The fields an agent may fill before or after logging (and the only ones `updateNearMiss` takes). */
const nearMissFieldsShape = {
  correction: correctionSchema.nullable(),
  category: categorySchema.nullable(),
  factor: factorSchema.nullable(),
  contributed: noteSchema,
  recommendedChange: noteSchema,
  segment: segmentSchema.nullable(),
  checklist: checklistProgressSchema,
  outcome: outcomeSchema,
};

function factorMatchesCategory(value: { category?: CategoryName | null; factor?: FactorName | null }, ctx: z.RefinementCtx): void {
  if (value.factor == null) return;
  const allowed: readonly string[] = value.category ? factorsByCategory[value.category] : [];
  if (!allowed.includes(value.factor)) {
    ctx.addIssue({ code: 'custom', path: ['factor'], message: value.category ? `not a ${value.category} factor` : 'a factor needs a category' });
  }
}

export const nearMissFieldsSchema = z.object(nearMissFieldsShape).partial().strict().superRefine((value, ctx) => {
  // Only checked when both come in together; the merged record is checked again in full.
  if (value.category !== undefined && value.factor !== undefined) factorMatchesCategory(value, ctx);
});
export type NearMissFields = z.infer<typeof nearMissFieldsSchema>;

/** Where and what was detected: fixed at capture, the same in the sidebar's draft and the record. */
const detectionShape = {
  helpdesk: adapterIdSchema,
  ticketId: ticketIdSchema,
  ticketUrl: webUrlSchema,
  channel: channelSchema,
  signal: signalSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema).max(10),
  detectorVersion: z.string().min(1).max(40),
};

export const NEAR_MISS_SCHEMA_VERSION = 1;

/**
 * One logged near miss. `id` is the delivery key: made at capture (by the content script, or the
 * background when the draft has none) and never reused. `revision` counts edits made after a
 * delivery attempt: each such edit is delivered as its own revision, keyed `<id>.<revision>`, so
 * an Idempotency-Key never travels with two different bodies (lib/outbox.ts).
 */
export const nearMissRecordSchema = z
  .object({
    schemaVersion: z.literal(NEAR_MISS_SCHEMA_VERSION),
    id: z.uuid(),
    revision: z.number().int().min(0).max(10_000),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    ...detectionShape,
    ...nearMissFieldsShape,
    changeStatus: changeStatusSchema,
    /** Present only when the team has turned blameless mode off. */
    agentName: z.string().min(1).max(120).optional(),
    /** Set on the options page's "Send test" record only, so receivers can drop it. */
    test: z.literal(true).optional(),
  })
  .strict()
  .superRefine(factorMatchesCategory);
export type NearMissRecord = z.infer<typeof nearMissRecordSchema>;

/** What the sidebar sends to log: the detection, prefilled fields, and optionally its own id. */
export const nearMissDraftSchema = z
  .object({
    id: z.uuid().optional(),
    ...detectionShape,
    ...nearMissFieldsShape,
  })
  .partial({ correction: true, category: true, factor: true, contributed: true, recommendedChange: true, segment: true, checklist: true, outcome: true })
  .strict()
  .superRefine(factorMatchesCategory);
export type NearMissDraft = z.infer<typeof nearMissDraftSchema>;

// ---------------------------------------------------------------------------------------------
// Endpoint and outbox (extension IndexedDB only: never storage.local, which content scripts read)

export const endpointFormatSchema = z.enum(['json', 'slack', 'teams']);
export type EndpointFormat = z.infer<typeof endpointFormatSchema>;

/** Standard Webhooks secrets: `whsec_` + base64 of 24–64 random bytes. */
export const signingSecretSchema = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'must look like whsec_<base64>')
  .refine((s) => {
    const bytes = Math.floor(((s.length - 6) * 3) / 4) - (s.match(/=+$/)?.[0].length ?? 0);
    return bytes >= 24 && bytes <= 64;
  }, 'the secret must encode 24 to 64 bytes');

/**
 * Retry timing. Production uses the defaults (base 10 s, cap 15 min, reliability.md §5); only an
 * extension page can change them (sender 'extension'), and never below 100 ms: the e2e suite and
 * the benchmark use this to drain in seconds instead of minutes.
 */
export const backoffSchema = z
  .object({
    baseMs: z.number().int().min(100).max(600_000),
    capMs: z.number().int().min(100).max(3_600_000),
    /** Request timeout; 20 s unless an extension page lowers it (≥ 1 s) for tests. */
    timeoutMs: z.number().int().min(1_000).max(20_000).optional(),
  })
  .strict()
  .refine((b) => b.capMs >= b.baseMs, 'cap must be at least the base');
export type Backoff = z.infer<typeof backoffSchema>;
export const defaultBackoff: Backoff = { baseMs: 10_000, capMs: 900_000 };

export const endpointUrlSchema = webUrlSchema;
export const endpointConfigSchema = z
  .object({
    url: endpointUrlSchema,
    format: endpointFormatSchema,
    authToken: z.string().min(1).max(4096).regex(/^[\x21-\x7e]+$/, 'a token is printable ASCII without spaces').nullable(),
    signingSecret: signingSecretSchema.nullable(),
    backoff: backoffSchema,
    /** Set when the receiver answered 410 Gone: nothing is sent until the endpoint is saved again. */
    disabledReason: z.string().max(500).nullable(),
  })
  .strict();
export type EndpointConfig = z.infer<typeof endpointConfigSchema>;

/** What extension pages see of the endpoint: never the secrets themselves. */
export interface EndpointView {
  url: string;
  format: EndpointFormat;
  hasAuthToken: boolean;
  hasSigningSecret: boolean;
  backoff: Backoff;
  disabledReason: string | null;
  /** Fields the administrator's policy sets (locked on the options page). */
  locked: string[];
}

export const outboxStateSchema = z.enum(['pending', 'in_flight', 'delivered', 'failed', 'needs_confirmation']);
export type OutboxState = z.infer<typeof outboxStateSchema>;

export const outboxItemSchema = z
  .object({
    /** The Idempotency-Key and webhook-id: `<record id>` for revision 0, `<record id>.<revision>` after. */
    key: z.string().min(1).max(60),
    recordId: z.uuid(),
    revision: z.number().int().min(0),
    /** The redacted record as it will be sent; frozen once an attempt has been made. */
    record: nearMissRecordSchema,
    state: outboxStateSchema,
    attempts: z.number().int().min(0),
    createdAt: z.number(),
    /** Held until then: the undo window, or the settling time after an edit. */
    notBefore: z.number(),
    nextAttemptAt: z.number(),
    inFlight: z.object({ attemptId: z.string(), startedAt: z.number(), format: endpointFormatSchema }).strict().nullable(),
    lastError: z.string().max(1000).nullable(),
    lastStatus: z.number().int().nullable(),
    deliveredAt: z.number().nullable(),
  })
  .strict();
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export interface OutboxAttention {
  key: string;
  recordId: string;
  state: 'failed' | 'needs_confirmation';
  ticketId: string;
  signal: SignalName;
  attempts: number;
  lastError: string | null;
}

export interface OutboxStatusReply {
  counts: Record<OutboxState, number>;
  oldestPendingAt: number | null;
  lastSuccessAt: number | null;
  lastError: string | null;
  endpointDisabled: string | null;
  attention: OutboxAttention[];
}

export interface LogReply {
  id: string;
  /** Epoch ms until which `undoNearMiss` works. */
  undoUntil: number;
}

export interface TestEndpointReply {
  status: number;
  /** The receiver's answer, trimmed to 500 characters. */
  body: string;
}

export interface TabStatusReply {
  active: boolean;
  helpdesk: string | null;
}

// ---------------------------------------------------------------------------------------------
// Team-lead review (issue 7)

/** Records per `listReview` page: ~1.2 MB of JSON, parsed by the page in well under a frame budget. */
export const REVIEW_PAGE_MAX = 2000;
/** Records per `importNearMisses` message (the page sends a large file in batches). */
export const IMPORT_BATCH_MAX = 1000;

/** What a lead may change on a record; category and factor are checked together on the merged record. */
export const reviewEditSchema = z
  .object({
    id: z.uuid(),
    changeStatus: changeStatusSchema.optional(),
    outcome: outcomeSchema.optional(),
    recommendedChange: noteSchema.optional(),
    contributed: noteSchema.optional(),
    category: categorySchema.nullable().optional(),
    factor: factorSchema.nullable().optional(),
  })
  .strict();
export type ReviewEdit = z.infer<typeof reviewEditSchema>;

/**
 * The endpoint's answer to `GET <endpoint>?since=<cursor>` (README, "Review endpoint contract").
 * Not strict: a receiver may add its own fields. Records are checked one by one afterwards, so one
 * bad record is reported without losing the page.
 */
export const reviewListResponseSchema = z.object({
  records: z.array(z.unknown()).max(IMPORT_BATCH_MAX),
  next: z.string().min(1).max(1000).optional(),
});

export interface ReviewPageReply {
  records: NearMissRecord[];
  /** The id to pass as `after` for the next page; null on the last page. */
  next: string | null;
  total: number;
  /** Blameless mode: records come without agent names and the page shows none. */
  blameless: boolean;
}

export interface MergeReply {
  added: number;
  updated: number;
  unchanged: number;
  /** Stored versions that were newer (or conflicting at the same version) and stayed. */
  kept: number;
}

export interface EndpointSyncReply extends MergeReply {
  pages: number;
  fetched: number;
  /** Records the endpoint sent that did not pass the schema (first five described). */
  invalid: number;
  problems: string[];
}

// ---------------------------------------------------------------------------------------------
// Settings (storage.local, key `local:settings`)

export const SETTINGS_VERSION = 1;

/** An admin-defined redaction pattern: a JavaScript regular expression source, checked to compile. */
export const redactionPatternSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((source) => {
    try {
      new RegExp(source, 'gu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

export const checklistStepSchema = z
  .object({
    id: z.string().regex(/^[\w.-]{1,64}$/, 'not a step id'),
    text: z.string().trim().min(1).max(300),
    response: z.string().max(NOTE_MAX).optional(),
    kind: z.enum(['copy_summary', 'log']).optional(),
  })
  .strict();

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
  // Added by issue 6 with defaults, so every stored v1 value still parses: no migration needed.
  /** Redaction before anything leaves the browser (lib/redact.ts): on unless the admin says otherwise. */
  redaction: z
    .object({ enabled: z.boolean().default(true), patterns: z.array(redactionPatternSchema).max(50).default([]) })
    .strict()
    .default({ enabled: true, patterns: [] }),
  /** Blameless mode leaves the agent's name out of every record. */
  blameless: z.boolean().default(true),
  agentName: z.string().trim().max(120).default(''),
  /** Team checklists per signal; a missing signal uses lib/checklists.ts' default. */
  checklists: z.partialRecord(signalSchema, z.array(checklistStepSchema).min(1).max(20)).default({}),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

// ---------------------------------------------------------------------------------------------
// Per-ticket sidebar state (storage.local, key `ticket:<helpdesk>:<ticketId>`): checklist progress
// survives reloads and navigation; corrections go with the log.

const messageIdSchema = z.string().min(1).max(200);
export const ticketKeySchema = z.object({ helpdesk: adapterIdSchema, ticketId: ticketIdSchema }).strict();
export const ticketStateSchema = z
  .object({
    done: z.array(stepIdSchema).max(50),
    corrections: z.record(messageIdSchema, correctionSchema).refine((value) => Object.keys(value).length <= 500, 'too many corrections'),
  })
  .strict();
export type TicketState = z.infer<typeof ticketStateSchema>;
export const emptyTicketState: TicketState = { done: [], corrections: {} };

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
  /** The sidebar reads a ticket's checklist progress and the agent's corrections. */
  getTicketState: ticketKeySchema,
  /** The sidebar saves them (whole state: last write wins, one agent per ticket tab). */
  saveTicketState: ticketStateSchema.extend(ticketKeySchema.shape).strict(),
  /** Customer messages of the open ticket, to detect with the team's settings (lib/detect). */
  detectMessages: z.object({ texts: z.array(z.string().max(DETECT_TEXT_MAX)).min(1).max(DETECT_BATCH_MAX) }).strict(),
  /** The sidebar's own off switch for this site, or a snooze everywhere. */
  pauseSidebar: z
    .discriminatedUnion('scope', [
      z.object({ scope: z.literal('site'), host: hostNameSchema }).strict(),
      z.object({ scope: z.literal('snooze'), minutes: z.number().int().min(5).max(24 * 60) }).strict(),
    ]),
  // Issue 6. Content scripts: log, edit and undo their own records, nothing else.
  logNearMiss: nearMissDraftSchema,
  updateNearMiss: z.object({ id: z.uuid(), fields: nearMissFieldsSchema }).strict(),
  undoNearMiss: z.object({ id: z.uuid() }).strict(),
  // Extension pages only: history, endpoint (with its secrets), outbox, popup.
  listNearMisses: z.object({}).strict(),
  getEndpoint: z.object({}).strict(),
  /** For the secrets, a missing key keeps the stored value and `null` clears it. */
  setEndpoint: z
    .object({
      url: endpointUrlSchema,
      format: endpointFormatSchema,
      authToken: endpointConfigSchema.shape.authToken.optional(),
      signingSecret: endpointConfigSchema.shape.signingSecret.optional(),
      backoff: backoffSchema.optional(),
    })
    .strict(),
  removeEndpoint: z.object({}).strict(),
  testEndpoint: z.object({}).strict(),
  outboxStatus: z.object({}).strict(),
  outboxAction: z.object({ key: z.string().min(1).max(60), action: z.enum(['resend', 'mark_delivered']) }).strict(),
  tabStatus: z.object({ tabId: z.number().int().min(0) }).strict(),
  // Issue 7: the review page (extension pages), and the sidebar's link to it (content scripts).
  listReview: z.object({ after: z.uuid().nullable(), limit: z.number().int().min(1).max(REVIEW_PAGE_MAX) }).strict(),
  importNearMisses: z.object({ records: z.array(nearMissRecordSchema).max(IMPORT_BATCH_MAX) }).strict(),
  updateReview: reviewEditSchema,
  syncReviewEndpoint: z.object({ fromStart: z.boolean() }).strict(),
  openReview: z.object({}).strict(),
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
  /** The team's checklists merged over the defaults, one per signal. */
  checklists: Record<SignalName, Array<z.infer<typeof checklistStepSchema>>>;
}

/** One detection per text sent, in the same order. */
export interface DetectReply {
  detections: Detection[];
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
