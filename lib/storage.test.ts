import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from './schema';
import { readSettings, writeSettings } from './storage';

describe('settings storage', () => {
  it('reads defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual({ value: defaultSettings });
  });

  it('round-trips valid settings', async () => {
    const settings = { ...defaultSettings, sensitivity: 'precise' as const, customHosts: { 'support.acme.com': 'zendesk' } };
    await writeSettings(settings);
    expect(await readSettings()).toEqual({ value: settings });
  });

  it('reports a corrupted stored value, falls back to defaults, and leaves the stored value alone', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'loud', customHosts: { 'bad host!': 'zendesk' } } });
    const { value, problem } = await readSettings();
    expect(value).toEqual(defaultSettings);
    expect(problem).toMatch(/stored settings are invalid/);
    expect(problem).toMatch(/sensitivity/);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { sensitivity: 'loud', customHosts: { 'bad host!': 'zendesk' } },
    });
  });

  it('refuses to write invalid settings', async () => {
    await expect(writeSettings({ ...defaultSettings, customHosts: { 'https://x.com/': 'zendesk' } })).rejects.toThrow();
  });
});
