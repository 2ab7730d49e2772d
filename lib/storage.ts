/**
 * Every persisted item, declared once with a version (WXT storage runs the migrations), and read
 * through its zod schema: a value written by an older build, by hand, or half-written is reported
 * and replaced by defaults in memory, never overwritten on read, so nothing is lost.
 */
import { storage } from 'wxt/utils/storage';
import {
  defaultSettings,
  describeError,
  emptyTicketState,
  settingsSchema,
  SETTINGS_VERSION,
  ticketStateSchema,
  type Settings,
  type TicketState,
} from './schema';

export interface TicketKey {
  helpdesk: string;
  ticketId: string;
}

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

// Per-ticket sidebar state. One key per ticket keeps each write small and independent of others.
const ticketStateKey = (key: TicketKey) => `local:ticket:${key.helpdesk}:${key.ticketId}` as const;

export async function readTicketState(key: TicketKey): Promise<TicketState> {
  const parsed = ticketStateSchema.safeParse(await storage.getItem(ticketStateKey(key)));
  return parsed.success ? parsed.data : emptyTicketState;
}

export async function writeTicketState(key: TicketKey, state: TicketState): Promise<TicketState> {
  const checked = ticketStateSchema.parse(state);
  await storage.setItem(ticketStateKey(key), checked);
  return checked;
}

/** The sidebar's off switch for one site, or a snooze everywhere until `until`. */
export async function pauseSidebar(pause: { site: string } | { until: number }): Promise<void> {
  const { value: settings, problem } = await readSettings();
  // Never write defaults over a stored value we could not read: that would lose the team's settings.
  if (problem) throw new Error(problem);
  if ('site' in pause) {
    if (!settings.disabledSites.includes(pause.site)) settings.disabledSites = [...settings.disabledSites, pause.site];
  } else {
    settings.snoozedUntil = pause.until;
  }
  await writeSettings(settings);
}
