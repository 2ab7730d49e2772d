/**
 * Enterprise-managed settings: admins deploy them through browser policy (Chrome: `storage.managed`
 * with public/managed_schema.json; Firefox: policies.json `3rdparty.Extensions.<id>`, no schema).
 *
 * A managed value overrides the user's and locks the field on the options page. Each key is
 * validated on its own with the same zod schema as the user's setting: an invalid one is ignored
 * (the user's value stays) and reported as a warning, so one typo does not drop the whole policy.
 */
import * as z from 'zod';
import { describeError, endpointFormatSchema, endpointUrlSchema, settingsSchema, signingSecretSchema, type EndpointFormat, type Settings } from './schema';

/** Settings an admin may set (everything but the per-agent ones: snooze, agent name). */
export const managedSettingKeys = ['disabledHelpdesks', 'customHosts', 'sensitivity', 'disabledSites', 'redaction', 'blameless', 'checklists'] as const;
export type ManagedSettingKey = (typeof managedSettingKeys)[number];

export const managedEndpointSchema = z
  .object({
    url: endpointUrlSchema,
    format: endpointFormatSchema.default('json'),
    authToken: z.string().min(1).max(4096).regex(/^[\x21-\x7e]+$/).optional(),
    signingSecret: signingSecretSchema.optional(),
  })
  .strict();
export interface ManagedEndpoint {
  url: string;
  format: EndpointFormat;
  authToken?: string;
  signingSecret?: string;
}

export interface ManagedView {
  settings: Settings;
  /** Settings fields set by policy. */
  locked: ManagedSettingKey[];
  endpoint: ManagedEndpoint | null;
  /** One line per ignored policy value: which key, and why. */
  warnings: string[];
}

export function applyManaged(local: Settings, managed: Readonly<Record<string, unknown>>): ManagedView {
  const settings: Settings = { ...local };
  const locked: ManagedSettingKey[] = [];
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(managed)) {
    if (key === 'endpoint') continue;
    if (!(managedSettingKeys as readonly string[]).includes(key)) {
      warnings.push(`policy "${key}": not a setting an administrator can set; ignored`);
      continue;
    }
    const name = key as ManagedSettingKey;
    const parsed = settingsSchema.shape[name].safeParse(value);
    if (!parsed.success) {
      warnings.push(`policy "${key}": ${describeError(parsed.error)}; ignored`);
      continue;
    }
    (settings as Record<string, unknown>)[name] = parsed.data;
    locked.push(name);
  }
  let endpoint: ManagedEndpoint | null = null;
  if (managed.endpoint !== undefined) {
    const parsed = managedEndpointSchema.safeParse(managed.endpoint);
    if (parsed.success) endpoint = parsed.data;
    else warnings.push(`policy "endpoint": ${describeError(parsed.error)}; ignored`);
  }
  return { settings, locked, endpoint, warnings };
}

export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

/**
 * The policy's values, or none. Firefox throws when no policy provides them ("Managed storage
 * manifest not found"), and a browser without enterprise support may not have the area at all.
 */
export async function readManagedRaw(area: ManagedArea | undefined): Promise<Record<string, unknown>> {
  if (!area) return {};
  try {
    const values = await area.get();
    return values && typeof values === 'object' ? values : {};
  } catch {
    return {};
  }
}
