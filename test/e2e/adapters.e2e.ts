/**
 * Every helpdesk adapter in Chromium with the built extension: each fixture is served under the
 * helpdesk's real host name at a real ticket URL, so the manifest's match patterns (hosted
 * helpdesks) or the run-time registration for a custom host (self-hosted ones) decide whether the
 * content script runs, and the sidebar's own test hooks say what it read and flagged.
 *
 * Expected customer message ids are written out per fixture (the unit tests pin each message's
 * author and text; these pin that Chromium's real DOM reads the same). Which customer messages are
 * flagged is the detector's business and changes with its lexicon, so the expected flags come from
 * the same adapter + detector code bundled into the page: the sidebar must flag exactly those.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adapterById, adapters } from '../../lib/adapters';
import { listFixtures } from '../../lib/adapters/test-fixtures';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './harness';
import { readInPage } from './support/bundle';
import { addCustomHost, newestTabId, readSidebar, tabStatus } from './support/helpdesk-page';

interface Case {
  adapter: string;
  fixture: string;
  /** A real ticket URL of the helpdesk (its adapter's testUrls shapes); served from the fixture. */
  url: string;
  ticketId: string;
  /** The customer's messages, thread order: not agents' replies, notes or system events. */
  customerIds: string[];
}

const hosted: Case[] = [
  { adapter: 'zendesk', fixture: 'ticket-great-but.html', url: 'https://brightline.zendesk.com/agent/tickets/4815', ticketId: '4815', customerIds: ['771001', '771102'] },
  // Two ticket tabs in the DOM: only the active one's three customer messages count.
  { adapter: 'zendesk', fixture: 'two-tickets.html', url: 'https://brightline.zendesk.com/agent/tickets/5120', ticketId: '5120', customerIds: ['881100', '881105', '881110'] },
  { adapter: 'freshdesk', fixture: 'ticket-great-but.html', url: 'https://stockflow.freshdesk.com/a/tickets/2417', ticketId: '2417', customerIds: ['ticket_2417', 'conversation_88110'] },
  { adapter: 'freshdesk', fixture: 'ticket-portal.html', url: 'https://stockflow.freshdesk.com/a/tickets/2590', ticketId: '2590', customerIds: ['ticket_2590', 'conversation_90004'] },
  { adapter: 'intercom', fixture: 'conversation-live-chat.html', url: 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/187000012345', ticketId: '187000012345', customerIds: ['g-2', 'g-6'] },
  { adapter: 'intercom', fixture: 'conversation-email.html', url: 'https://app.eu.intercom.com/a/inbox/x9/inbox/shared/all/conversation/42', ticketId: '42', customerIds: ['8811', '8815'] },
  { adapter: 'helpscout', fixture: 'conversation-classic.html', url: 'https://secure.helpscout.net/conversation/2213345678/4471?folderId=123', ticketId: '2213345678', customerIds: ['9099', '9105'] },
  { adapter: 'helpscout', fixture: 'conversation-chat.html', url: 'https://secure.helpscout.net/conversation/2213340000/5120', ticketId: '2213340000', customerIds: ['7001', '7003'] },
  { adapter: 'gorgias', fixture: 'ticket-email.html', url: 'https://lumen.gorgias.com/app/ticket/180507823', ticketId: '180507823', customerIds: ['m-1001', 'm-1004'] },
  { adapter: 'gorgias', fixture: 'ticket-chat.html', url: 'https://lumen.gorgias.com/app/views/33104/180507900', ticketId: '180507900', customerIds: ['c-1', 'c-3', 'c-4'] },
  { adapter: 'front', fixture: 'conversation-email.html', url: 'https://app.frontapp.com/inboxes/teams/folders/12345/unassigned/0/cnv_4f2a9b1', ticketId: 'cnv_4f2a9b1', customerIds: ['#0', '#3'] },
  { adapter: 'front', fixture: 'conversation-outbound.html', url: 'https://app.frontapp.com/open/cnv_77kq1', ticketId: 'cnv_77kq1', customerIds: ['#0', '#2'] },
  // Chatwoot Cloud: both fixtures under app.chatwoot.com (the email one was captured self-hosted).
  { adapter: 'chatwoot', fixture: 'conversation-live-chat.html', url: 'https://app.chatwoot.com/app/accounts/1/conversations/231', ticketId: '231', customerIds: ['1191', '1194', '1196'] },
  { adapter: 'chatwoot', fixture: 'conversation-email.html', url: 'https://app.chatwoot.com/app/accounts/3/inbox/7/conversations/4410', ticketId: '4410', customerIds: ['501', '504'] },
];

/** Self-hosted helpdesks: no manifest pattern; the team adds its host in the options page. */
const selfHosted: Array<Case & { host: string }> = [
  { adapter: 'zammad', host: 'support.acme.test', fixture: 'ticket-zoom-email.html', url: 'https://support.acme.test/#ticket/zoom/1042', ticketId: '1042', customerIds: ['5501', '5515'] },
  // Zammad's ticket URLs differ only in the hash, so the second fixture gets a second Zammad host.
  { adapter: 'zammad', host: 'desk.acme.test', fixture: 'ticket-zoom-two-tabs.html', url: 'https://desk.acme.test/#ticket/zoom/88', ticketId: '88', customerIds: ['910', '912', '913'] },
  { adapter: 'freescout', host: 'freescout.acme.test', fixture: 'conversation-email.html', url: 'https://freescout.acme.test/conversation/1182?folder_id=3', ticketId: '1182', customerIds: ['5911', '5931'] },
  { adapter: 'freescout', host: 'freescout.acme.test', fixture: 'conversation-phone.html', url: 'https://freescout.acme.test/conversation/77', ticketId: '77', customerIds: ['400'] },
  { adapter: 'osticket', host: 'osticket.acme.test', fixture: 'ticket-view.html', url: 'https://osticket.acme.test/scp/tickets.php?id=318', ticketId: '318', customerIds: ['1201', '1210'] },
  { adapter: 'osticket', host: 'osticket.acme.test', fixture: 'ticket-view-web.html', url: 'https://osticket.acme.test/support/scp/tickets.php?id=12', ticketId: '12', customerIds: ['80', '82'] },
];

/** Hosted helpdesk pages that are not a ticket (dashboards, lists, settings): nothing may mount. */
const notTickets: Array<{ adapter: string; url: string; fixture: string }> = [
  { adapter: 'zendesk', url: 'https://brightline.zendesk.com/agent/dashboard', fixture: 'zendesk/ticket-great-but.html' },
  { adapter: 'zendesk', url: 'https://brightline.zendesk.com/agent/tickets/new/1', fixture: 'zendesk/ticket-great-but.html' },
  { adapter: 'freshdesk', url: 'https://stockflow.freshdesk.com/a/tickets/filters/all_tickets', fixture: 'freshdesk/ticket-great-but.html' },
  { adapter: 'intercom', url: 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all', fixture: 'intercom/conversation-live-chat.html' },
  { adapter: 'helpscout', url: 'https://secure.helpscout.net/mailbox/abc123/123/', fixture: 'helpscout/conversation-classic.html' },
  { adapter: 'gorgias', url: 'https://lumen.gorgias.com/app/views/33104', fixture: 'gorgias/ticket-email.html' },
  { adapter: 'front', url: 'https://app.frontapp.com/inboxes/teams/folders/12345/unassigned/0', fixture: 'front/conversation-email.html' },
  { adapter: 'chatwoot', url: 'https://app.chatwoot.com/app/accounts/1/dashboard', fixture: 'chatwoot/conversation-live-chat.html' },
];

let browser: ExtensionBrowser;

/** The fixture server's URL for a helpdesk URL (same host, path, query and hash; the server's port). */
const served = (url: string) => {
  const u = new URL(url);
  return browser.server.url(u.hostname, `${u.pathname}${u.search}${u.hash}`);
};
const route = (url: string, file: string) => {
  const u = new URL(url);
  browser.server.route(u.hostname, u.pathname, file);
};

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  for (const c of [...hosted, ...selfHosted]) route(c.url, `${c.adapter}/${c.fixture}`);
  for (const c of notTickets) route(c.url, c.fixture);
});

afterAll(async () => {
  await browser?.close();
});

async function checkTicket(c: Case, screenshot: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(served(c.url));
  const sidebar = await readSidebar(page);
  const inPage = await readInPage(page, c.adapter);
  expect(inPage).not.toBeNull();
  const customerIds = inPage!.messages.filter((m) => m.author === 'customer').map((m) => m.id);
  // The adapter reads exactly the customer's messages from Chromium's DOM...
  expect(customerIds).toEqual(c.customerIds);
  expect(inPage!.ticketId).toBe(c.ticketId);
  // ...and the sidebar says it read that many, for this ticket...
  expect(sidebar.title).toBe(`${adapterById(c.adapter)!.name} · #${c.ticketId}`);
  expect(sidebar.customerMessages).toBe(c.customerIds.length);
  // ...and flags exactly the customer messages the detector flags, never an agent's or a note.
  expect(sidebar.flaggedIds).toEqual(inPage!.flagged);
  for (const id of sidebar.flaggedIds) expect(c.customerIds).toContain(id);
  expect(sidebar.tabCount).toBe(inPage!.flagged.length);
  await saveScreenshot(page, screenshot);
  return page;
}

describe('hosted helpdesks under their real host names', () => {
  for (const c of hosted) {
    it(`${c.adapter} ${c.fixture}: mounts, reads ${c.customerIds.length} customer messages, flags exactly the detector's`, async () => {
      const page = await checkTicket(c, `adapter-${c.adapter}-${c.fixture.replace(/\.html$/, '')}`);
      await page.close();
    });
  }

  it('covers every helpdesk with manifest patterns, and every fixture of each', () => {
    const hostedIds = adapters.filter((adapter) => adapter.matches.length > 0).map((adapter) => adapter.id);
    expect(hostedIds).toEqual(['zendesk', 'freshdesk', 'intercom', 'helpscout', 'gorgias', 'front', 'chatwoot']);
    for (const id of hostedIds) {
      expect(hosted.filter((c) => c.adapter === id).map((c) => c.fixture).sort(), id).toEqual(listFixtures(id));
    }
    for (const id of new Set(selfHosted.map((c) => c.adapter))) {
      expect(selfHosted.filter((c) => c.adapter === id).map((c) => c.fixture).sort(), id).toEqual(listFixtures(id));
    }
  });
});

describe('hosted helpdesk pages that are not a ticket', () => {
  for (const c of notTickets) {
    it(`${c.adapter} ${new URL(c.url).pathname}: the content script runs and mounts nothing`, async () => {
      const page = await browser.context.newPage();
      const worker = await browser.serviceWorker();
      const tabId = await newestTabId(worker);
      await page.goto(served(c.url));
      // The background has the content script's hello for this tab: it ran, knew the helpdesk...
      await expect.poll(() => tabStatus(worker, tabId)).toMatchObject({ helpdesk: c.adapter, active: true });
      // ...and, the URL not being a ticket, mounted nothing (though the page holds ticket markup).
      await page.waitForTimeout(300);
      expect(await page.locator('near-miss-sidebar').count()).toBe(0);
      await page.close();
    });
  }
});

describe('self-hosted helpdesks on a custom host', () => {
  beforeAll(async () => {
    const page = await browser.context.newPage();
    const worker = await browser.serviceWorker();
    for (const host of [...new Set(selfHosted.map((c) => c.host))]) {
      const adapter = selfHosted.find((c) => c.host === host)!.adapter;
      const pattern = `https://${host}/*`;
      await browser.grantHostPermission(pattern);
      // The host as a team types it: no port (the fixture server's port is the page's).
      await addCustomHost(page, browser.extensionUrl('options.html'), worker, host, adapter, pattern);
    }
    await page.close();
  });

  for (const c of selfHosted) {
    it(`${c.adapter} ${c.fixture} on ${c.host}: registered at run time, mounts, reads ${c.customerIds.length} customer messages`, async () => {
      const page = await checkTicket(c, `adapter-${c.adapter}-${c.fixture.replace(/\.html$/, '')}`);
      await page.close();
    });
  }

  it('a host not added stays untouched even with ticket markup', async () => {
    route('https://other.acme.test/#ticket/zoom/1042', 'zammad/ticket-zoom-email.html');
    const page = await browser.context.newPage();
    const worker = await browser.serviceWorker();
    const tabId = await newestTabId(worker);
    await page.goto(served('https://other.acme.test/#ticket/zoom/1042'));
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    expect(await tabStatus(worker, tabId)).toBeUndefined();
    expect(await page.locator('near-miss-sidebar').count()).toBe(0);
    await page.close();
  });
});
