/**
 * Settings export and import as JSON (options page). An import is checked in full before anything
 * is written: any problem rejects the whole file with the field and the reason, so settings are
 * never half-applied. Secrets are not part of it: the endpoint and its token stay in the
 * extension's IndexedDB and are set on the options page (or by policy).
 */
import * as z from 'zod';
import { describeError, settingsSchema, type Result, type Settings } from './schema';

export const SETTINGS_FILE_FORMAT = 1;

/** Strict: an unknown key is a typo or a file from something else, and is reported as such. */
const settingsFileSchema = z
  .object({
    nearMissSettings: z.literal(SETTINGS_FILE_FORMAT, 'this is not a Near Miss settings file (missing "nearMissSettings": 1)'),
    settings: settingsSchema.strict(),
  })
  .strict();

export function exportSettings(settings: Settings): string {
  // The snooze is a per-agent moment, not a team setting.
  return `${JSON.stringify({ nearMissSettings: SETTINGS_FILE_FORMAT, settings: { ...settings, snoozedUntil: null } }, null, 2)}\n`;
}

/** Like describeError, but says why a record key is bad (zod only says "Invalid key in record"). */
function describeImportError(error: z.ZodError): string {
  for (const issue of error.issues) {
    if (issue.code === 'invalid_key') {
      const inner = issue.issues[0]?.message;
      if (inner) (issue as { message: string }).message = inner;
    }
  }
  return describeError(error);
}

export function parseSettingsImport(text: string): Result<Settings> {
  if (text.length > 1_000_000) return { ok: false, error: 'the file is larger than 1 MB: not a settings file' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = settingsFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeImportError(parsed.error) };
  return { ok: true, value: parsed.data.settings };
}
