import { describe, expect, it } from 'vitest';
import { applyManaged, readManagedRaw } from './managed';
import { defaultSettings } from './schema';

describe('managed settings', () => {
  const local = { ...defaultSettings, blameless: false, agentName: 'Sam', sensitivity: 'sensitive' as const };

  it('overrides and locks the fields the policy sets; the rest stay the user\'s', () => {
    const view = applyManaged(local, { blameless: true, redaction: { enabled: true, patterns: ['ACC-\\d+'] } });
    expect(view.settings).toEqual({ ...local, blameless: true, redaction: { enabled: true, patterns: ['ACC-\\d+'] } });
    expect(view.locked).toEqual(['blameless', 'redaction']);
    expect(view.warnings).toEqual([]);
    expect(view.endpoint).toBeNull();
  });

  it('ignores invalid values with a visible warning, keeping the user\'s value', () => {
    const view = applyManaged(local, { sensitivity: 'paranoid', snoozedUntil: 5, endpoint: { url: 'http://hooks.example.com/x' }, blameless: true });
    expect(view.settings.sensitivity).toBe('sensitive');
    expect(view.settings.snoozedUntil).toBeNull();
    expect(view.locked).toEqual(['blameless']);
    expect(view.endpoint).toBeNull();
    expect(view.warnings).toEqual([
      expect.stringMatching(/^policy "sensitivity": Invalid option/),
      'policy "snoozedUntil": not a setting an administrator can set; ignored',
      expect.stringMatching(/^policy "endpoint": url: must be an https:\/\/ address/),
    ]);
  });

  it('reads a managed endpoint', () => {
    const view = applyManaged(local, { endpoint: { url: 'https://hooks.example.com/nm', format: 'slack' } });
    expect(view.endpoint).toEqual({ url: 'https://hooks.example.com/nm', format: 'slack' });
  });

  it('treats a throwing or missing managed area as no policy (Firefox without policies.json)', async () => {
    expect(await readManagedRaw({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual({});
    expect(await readManagedRaw(undefined)).toEqual({});
    expect(await readManagedRaw({ get: async () => ({ blameless: true }) })).toEqual({ blameless: true });
  });
});
