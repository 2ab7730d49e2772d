// @vitest-environment happy-dom
/**
 * Meta-tests: the conventions every adapter follows (refined-github style). Every adapter is
 * registered, has test URLs and at least two fixtures with a provenance header, recognises its own
 * ticket URLs and nobody else's, and no two adapters claim the same URL; every `x_` selector
 * expectation beside an adapter's selectors holds in the named fixture.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterForHost, adapters, customHostAdapterId, helpdeskMatchPatterns, matchPatternCovers, pickAdapter } from './index';
import { fixtureHeader, listFixtures, loadFixture, readFixture, type LoadedFixture } from './test-fixtures';
import type { SelectorExpectation } from './types';
import * as chatwootModule from './chatwoot';
import * as freescoutModule from './freescout';
import * as freshdeskModule from './freshdesk';
import * as frontModule from './front';
import * as gorgiasModule from './gorgias';
import * as helpscoutModule from './helpscout';
import * as intercomModule from './intercom';
import * as osticketModule from './osticket';
import * as rtModule from './rt';
import * as zammadModule from './zammad';
import * as zendeskModule from './zendesk';

const IDS = ['zendesk', 'freshdesk', 'intercom', 'helpscout', 'gorgias', 'front', 'zammad', 'chatwoot', 'freescout', 'osticket', 'rt'];

type AdapterModule = Record<string, unknown> & { testUrls: { ticket: string[]; notTicket: string[] } };
const modules: Record<string, AdapterModule> = {
  zendesk: zendeskModule,
  freshdesk: freshdeskModule,
  intercom: intercomModule,
  helpscout: helpscoutModule,
  gorgias: gorgiasModule,
  front: frontModule,
  zammad: zammadModule,
  chatwoot: chatwootModule,
  freescout: freescoutModule,
  osticket: osticketModule,
  rt: rtModule,
};

describe('registry', () => {
  it('registers exactly the eleven adapters, once each, in a stable order', () => {
    expect(adapters.map((a) => a.id)).toEqual(IDS);
  });

  it('has one adapter file per id and no unregistered adapter file', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const files = readdirSync(dir).filter((f) => /^[a-z]+\.ts$/.test(f) && !['index.ts', 'types.ts', 'shared.ts'].includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...IDS].sort());
  });

  for (const adapter of adapters) {
    describe(adapter.id, () => {
      const mod = modules[adapter.id]!;

      it('has test URLs of both kinds', () => {
        expect(mod.testUrls.ticket.length).toBeGreaterThanOrEqual(2);
        expect(mod.testUrls.notTicket.length).toBeGreaterThanOrEqual(2);
      });

      it('has at least two fixtures, each opening with a provenance comment (URL pattern, source, date)', () => {
        const fixtures = listFixtures(adapter.id);
        expect(fixtures.length).toBeGreaterThanOrEqual(2);
        for (const file of fixtures) {
          const header = fixtureHeader(readFixture(adapter.id, file));
          expect(header, file).toBeDefined();
          expect(header, file).toMatch(/URL pattern/i);
          expect(header, file).toMatch(/Written: \d{4}-\d{2}-\d{2}|\b20\d\d-\d\d-\d\d\b/);
        }
      });

      it('recognises its own ticket URLs and rejects its non-ticket URLs', () => {
        for (const url of mod.testUrls.ticket) expect(adapter.isTicketPage(new URL(url)), url).toBe(true);
        for (const url of mod.testUrls.notTicket) expect(adapter.isTicketPage(new URL(url)), url).toBe(false);
        for (const url of mod.testUrls.ticket) expect(adapter.ticketIdFromUrl(new URL(url)), url).toMatch(/^\S+$/);
      });

      it('claims none of the other adapters\' ticket URLs', () => {
        for (const other of adapters) {
          if (other === adapter) continue;
          for (const url of modules[other.id]!.testUrls.ticket) {
            expect(adapter.isTicketPage(new URL(url)), `${adapter.id} on ${other.id}'s ${url}`).toBe(false);
          }
        }
      });

      it('declares https-only match patterns, none for self-hosted helpdesks except Chatwoot Cloud', () => {
        for (const pattern of adapter.matches) expect(pattern).toMatch(/^https:\/\/[^/]+\/\*$/);
        if (['zammad', 'freescout', 'osticket', 'rt'].includes(adapter.id)) expect(adapter.matches).toEqual([]);
        else expect(adapter.matches.length).toBeGreaterThan(0);
      });
    });
  }

  it('no two adapters\' match patterns cover the same test URL', () => {
    const all = Object.values(modules).flatMap((m) => [...m.testUrls.ticket, ...m.testUrls.notTicket]);
    for (const url of all) {
      const claiming = adapters.filter((a) => a.matches.some((p) => matchPatternCovers(p, new URL(url))));
      expect(claiming.length, url).toBeLessThanOrEqual(1);
    }
  });

  it('exports the union of the patterns for the manifest', () => {
    expect(helpdeskMatchPatterns()).toEqual([
      'https://*.zendesk.com/*',
      'https://*.freshdesk.com/*',
      'https://app.intercom.com/*',
      'https://app.eu.intercom.com/*',
      'https://app.au.intercom.com/*',
      'https://secure.helpscout.net/*',
      'https://*.gorgias.com/*',
      'https://app.frontapp.com/*',
      'https://app.chatwoot.com/*',
    ]);
  });
});

describe('selector expectations beside the selectors', () => {
  let loaded: LoadedFixture | undefined;
  afterEach(async () => {
    await loaded?.window.happyDOM.close();
    loaded = undefined;
  });

  for (const id of IDS) {
    const mod = modules[id]!;
    const pairs = Object.keys(mod)
      .filter((key) => key.endsWith('_') && typeof mod[key.slice(0, -1)] === 'string')
      .map((key) => [key.slice(0, -1), mod[key.slice(0, -1)] as string, mod[key] as SelectorExpectation] as const);

    it(`${id} has selector expectations`, () => {
      expect(pairs.length).toBeGreaterThanOrEqual(2);
    });

    for (const [name, selector, expectations] of pairs) {
      for (const [count, fixture] of expectations) {
        it(`${id}.${name} matches ${count} in ${fixture}`, () => {
          loaded = loadFixture(id, fixture);
          expect(loaded.document.querySelectorAll(selector).length).toBe(count);
        });
      }
    }
  }
});

describe('pickAdapter', () => {
  it('picks hosted helpdesks by their patterns, on ticket pages only', () => {
    expect(pickAdapter('https://acme.zendesk.com/agent/tickets/4815')?.id).toBe('zendesk');
    expect(pickAdapter(new URL('https://acme.freshdesk.com/a/tickets/2417'))?.id).toBe('freshdesk');
    expect(pickAdapter('https://app.eu.intercom.com/a/inbox/x9/inbox/admin/5521/conversation/42')?.id).toBe('intercom');
    expect(pickAdapter('https://secure.helpscout.net/conversation/2213345678/4471?folderId=1')?.id).toBe('helpscout');
    expect(pickAdapter('https://lumen.gorgias.com/app/ticket/180507823')?.id).toBe('gorgias');
    expect(pickAdapter('https://app.frontapp.com/open/cnv_4f2a9b1')?.id).toBe('front');
    expect(pickAdapter('https://app.chatwoot.com/app/accounts/1/conversations/231')?.id).toBe('chatwoot');
    expect(pickAdapter('https://acme.zendesk.com/agent/dashboard')).toBeUndefined();
  });

  it('never picks over plain http for hosted patterns, nor for unknown hosts', () => {
    expect(pickAdapter('http://acme.zendesk.com/agent/tickets/4815')).toBeUndefined();
    expect(pickAdapter('https://unrelated.example/agent/tickets/1')).toBeUndefined();
    expect(pickAdapter('https://zendesk.com.evil.example/agent/tickets/1')).toBeUndefined();
    expect(pickAdapter('not a url')).toBeUndefined();
  });

  it('maps custom hosts (with or without port or scheme) to self-hosted adapters', () => {
    const customHosts = {
      'help.acme.com': 'zammad',
      'localhost:8088': 'rt',
      'https://desk.acme.com/': 'freescout',
      'support.acme.com': 'freshdesk',
      'chat.acme.com': 'chatwoot',
      'tickets.acme.com': 'osticket',
    };
    expect(pickAdapter('https://help.acme.com/#ticket/zoom/1042', customHosts)?.id).toBe('zammad');
    expect(pickAdapter('http://localhost:8088/Ticket/Display.html?id=1', customHosts)?.id).toBe('rt');
    expect(pickAdapter('https://desk.acme.com/conversation/1182?folder_id=3', customHosts)?.id).toBe('freescout');
    expect(pickAdapter('https://support.acme.com/a/tickets/2417', customHosts)?.id).toBe('freshdesk');
    expect(pickAdapter('https://chat.acme.com/app/accounts/3/inbox/7/conversations/4410', customHosts)?.id).toBe('chatwoot');
    expect(pickAdapter('https://tickets.acme.com/scp/tickets.php?id=318', customHosts)?.id).toBe('osticket');
  });

  it('matches a host entered without a port on any port, and prefers an entry with the exact port', () => {
    const customHosts = { 'help.acme.com': 'zammad', 'help.acme.com:8443': 'freescout', 'localhost:8088': 'rt' };
    // The background answers the content script's hello with location.host, port included.
    expect(customHostAdapterId('help.acme.com:9443', customHosts)).toBe('zammad');
    expect(customHostAdapterId('help.acme.com', customHosts)).toBe('zammad');
    expect(customHostAdapterId('help.acme.com:8443', customHosts)).toBe('freescout');
    expect(customHostAdapterId('localhost:8088', customHosts)).toBe('rt');
    // An entry with a port covers that port only.
    expect(customHostAdapterId('localhost:9000', customHosts)).toBeUndefined();
    expect(customHostAdapterId('localhost', customHosts)).toBeUndefined();
    expect(pickAdapter('https://help.acme.com:9443/#ticket/zoom/1042', customHosts)?.id).toBe('zammad');
    expect(pickAdapter('https://help.acme.com:8443/conversation/77', customHosts)?.id).toBe('freescout');
  });

  it('gives undefined on a custom host\'s non-ticket page, while adapterForHost still knows the helpdesk', () => {
    const customHosts = { 'help.acme.com': 'zammad' };
    expect(pickAdapter('https://help.acme.com/#dashboard', customHosts)).toBeUndefined();
    expect(adapterForHost('https://help.acme.com/#dashboard', customHosts)?.id).toBe('zammad');
    // A host mapped to a helpdesk whose ticket path it doesn't show gives nothing (no guessing).
    expect(pickAdapter('https://help.acme.com/Ticket/Display.html?id=1', customHosts)).toBeUndefined();
  });

  it('lets a custom host override a hosted pattern and ignores unknown adapter ids', () => {
    expect(pickAdapter('https://acme.zendesk.com/agent/tickets/1', { 'acme.zendesk.com': 'nope' })?.id).toBe('zendesk');
    expect(pickAdapter('https://secure.helpscout.net/conversation/1/2', { 'secure.helpscout.net': 'freescout' })).toBeUndefined();
  });
});
