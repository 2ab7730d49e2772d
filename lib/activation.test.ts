import { describe, expect, it } from 'vitest';
import { isActiveOn } from './activation';
import { defaultSettings } from './schema';

describe('isActiveOn', () => {
  const now = 1_800_000_000_000;
  it.each([
    ['defaults', defaultSettings, true],
    ['helpdesk switched off', { ...defaultSettings, disabledHelpdesks: ['zendesk'] }, false],
    ['another helpdesk switched off', { ...defaultSettings, disabledHelpdesks: ['freshdesk'] }, true],
    ['site switched off', { ...defaultSettings, disabledSites: ['acme.zendesk.com'] }, false],
    ['snoozed', { ...defaultSettings, snoozedUntil: now + 60_000 }, false],
    ['snooze over', { ...defaultSettings, snoozedUntil: now - 1 }, true],
  ])('%s', (_name, settings, expected) => {
    expect(isActiveOn(settings, 'zendesk', 'Acme.Zendesk.com', now)).toBe(expected);
  });
});
