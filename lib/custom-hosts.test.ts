import { describe, expect, it } from 'vitest';
import { CUSTOM_HOSTS_SCRIPT_ID, hostPattern, syncCustomHostScripts, type RegisteredScript, type ScriptingApi } from './custom-hosts';

function fakeScripting() {
  let registered: RegisteredScript[] = [];
  const api: ScriptingApi = {
    getRegisteredContentScripts: async ({ ids }) => registered.filter((s) => ids.includes(s.id)),
    registerContentScripts: async (scripts) => void (registered = [...registered, ...scripts]),
    updateContentScripts: async (scripts) => void (registered = registered.map((s) => scripts.find((n) => n.id === s.id) ?? s)),
    unregisterContentScripts: async ({ ids }) => void (registered = registered.filter((s) => !ids.includes(s.id))),
  };
  return { api, registered: () => registered };
}

describe('custom host content scripts', () => {
  it('builds https patterns without ports (http only for localhost)', () => {
    expect(hostPattern('support.example.com:8443')).toBe('https://support.example.com/*');
    expect(hostPattern('localhost:8080')).toBe('http://localhost/*');
  });

  it('registers the helpdesk script for granted hosts only, then updates and unregisters', async () => {
    const scripting = fakeScripting();
    const granted = new Set(['https://support.example.com/*']);
    const permissions = { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) };
    const hosts = { 'support.example.com': 'zammad', 'desk.example.org': 'osticket' };
    expect(await syncCustomHostScripts(scripting.api, permissions, hosts)).toEqual(['https://support.example.com/*']);
    expect(scripting.registered()).toEqual([
      { id: CUSTOM_HOSTS_SCRIPT_ID, matches: ['https://support.example.com/*'], js: ['content-scripts/helpdesk.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
    granted.add('https://desk.example.org/*');
    await syncCustomHostScripts(scripting.api, permissions, hosts);
    expect(scripting.registered()[0]?.matches).toEqual(['https://desk.example.org/*', 'https://support.example.com/*']);
    await syncCustomHostScripts(scripting.api, permissions, {});
    expect(scripting.registered()).toEqual([]);
  });
});
