/**
 * Every persisted item, declared once with a version (WXT storage runs the migrations), and read
 * through its zod schema: a value written by an older build, by hand, or half-written is reported
 * and replaced by defaults in memory, never overwritten on read, so nothing is lost.
 */
import { storage } from 'wxt/utils/storage';
import { defaultSettings, describeError, settingsSchema, SETTINGS_VERSION, type Settings } from './schema';

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
});

export interface Checked<T> {
  value: T;
  /** Set when the stored value was unreadable and defaults are in use. */
  problem?: string;
}

export async function readSettings(): Promise<Checked<Settings>> {
  const parsed = settingsSchema.safeParse(await settingsItem.getValue());
  if (parsed.success) return { value: parsed.data };
  return { value: defaultSettings, problem: `stored settings are invalid (${describeError(parsed.error)}); using defaults` };
}

export async function writeSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(next));
}
