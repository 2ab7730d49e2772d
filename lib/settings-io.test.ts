import { describe, expect, it } from 'vitest';
import { exportSettings, parseSettingsImport } from './settings-io';
import { defaultSettings } from './schema';

const file = (settings: unknown) => JSON.stringify({ nearMissSettings: 1, settings });

describe('settings import and export', () => {
  it('round-trips exported settings', () => {
    const settings = { ...defaultSettings, blameless: false, agentName: 'Sam', redaction: { enabled: true, patterns: ['ACC-\\d+'] }, customHosts: { 'support.example.com': 'zammad' } };
    expect(parseSettingsImport(exportSettings(settings))).toEqual({ ok: true, value: settings });
  });

  it.each([
    ['not JSON', '{ nope', /^not valid JSON/],
    ['another file', JSON.stringify({ theme: 'dark' }), /nearMissSettings: this is not a Near Miss settings file/],
    ['a bad regex', file({ redaction: { enabled: true, patterns: ['(unclosed'] } }), /^settings\.redaction\.patterns\.0: not a valid regular expression$/],
    ['a bad host', file({ customHosts: { 'https://x.example/path': 'zammad' } }), /^settings\.customHosts\.https:\/\/x\.example\/path: not a host name/],
    ['a wrong type', file({ blameless: 'yes' }), /^settings\.blameless: /],
    ['an unknown setting', file({ blamless: false }), /^settings: Unrecognized key: "blamless"$/],
    ['an empty checklist', file({ checklists: { passive: [] } }), /^settings\.checklists\.passive: /],
  ])('rejects %s with the field and the reason', (_name, text, message) => {
    const result = parseSettingsImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('fills missing settings with defaults (a partial file is still a whole, valid settings value)', () => {
    expect(parseSettingsImport(file({ sensitivity: 'precise' }))).toEqual({ ok: true, value: { ...defaultSettings, sensitivity: 'precise' } });
  });
});
