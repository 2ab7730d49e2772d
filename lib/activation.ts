import type { Settings } from './schema';

/** Whether the sidebar should act on this helpdesk and host now (helpdesk switch, site switch, snooze). */
export function isActiveOn(settings: Settings, helpdesk: string, host: string, now: number): boolean {
  if (settings.disabledHelpdesks.includes(helpdesk)) return false;
  if (settings.disabledSites.includes(host.toLowerCase())) return false;
  return settings.snoozedUntil === null || settings.snoozedUntil <= now;
}
