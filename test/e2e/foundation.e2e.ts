import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as extensionBrowser } from 'wxt/browser';
import { demoTicket } from '../support/fixture-server';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  const { server } = browser;
  server.route(demoTicket.host, demoTicket.path, demoTicket.file);
  server.route('acme.zendesk.com', '/agent/tickets/1', demoTicket.file);
  server.route('acme.zendesk.com', '/agent/dashboard', demoTicket.file);
  server.route('unrelated.example', '/agent/tickets/1', demoTicket.file);
});

afterAll(async () => {
  await browser?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

describe('content script', () => {
  it('mounts the sidebar on the demo ticket, after the background answered its hello', async () => {
    const page = await open(browser.server.url(demoTicket.host, demoTicket.path));
    const sidebar = page.getByTestId('nm-sidebar');
    await expect.poll(() => sidebar.count()).toBe(1);
    // The attribute is set from the background's typed reply, so its presence proves the round trip.
    expect(await sidebar.getAttribute('data-background-version')).toMatch(/^\d+\.\d+\.\d+$/);
    await saveScreenshot(page, 'demo-ticket');
    await page.close();
  });

  it('mounts on a ticket under a mapped helpdesk host name', async () => {
    const page = await open(browser.server.url('acme.zendesk.com', '/agent/tickets/1'));
    await expect.poll(() => page.getByTestId('nm-sidebar').count()).toBe(1);
    await page.close();
  });

  it('does not mount on an unrelated site, nor on a helpdesk page that is not a ticket', async () => {
    // Same markup as the ticket above: only the URL differs, so a mount here would be a real bug.
    const unrelated = await open(browser.server.url('unrelated.example', '/agent/tickets/1'));
    const dashboard = await open(browser.server.url('acme.zendesk.com', '/agent/dashboard'));
    // Give a content script every chance to run before checking that nothing mounted.
    await Promise.all([unrelated.waitForLoadState('load'), dashboard.waitForLoadState('load')]);
    await unrelated.waitForTimeout(1000);
    expect(await unrelated.locator('near-miss-sidebar').count()).toBe(0);
    expect(await dashboard.locator('near-miss-sidebar').count()).toBe(0);
    await unrelated.close();
    await dashboard.close();
  });
});

describe('background messaging', () => {
  let options: Page;
  beforeAll(async () => {
    options = await open(browser.extensionUrl('options.html'));
  });
  afterAll(async () => {
    await options.close();
  });

  const send = (message: unknown) =>
    options.evaluate((m) => (globalThis as unknown as { chrome: typeof extensionBrowser }).chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; error?: string; value?: unknown }>;

  it('answers a well-formed typed message', async () => {
    const reply = await send({ name: 'status', data: {} });
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it('rejects malformed messages with a clear error', async () => {
    expect(await send({ name: 'no-such-message', data: {} })).toMatchObject({ ok: false, error: expect.stringContaining('malformed message') });
    expect(await send('hello')).toMatchObject({ ok: false });
    expect(await send({ name: 'status', data: { extra: 1 } })).toMatchObject({ ok: false, error: expect.stringContaining('malformed "status"') });
  });

  it('rejects a message sent from a context that may not send it', async () => {
    // `hello` is for content scripts; an extension page sending it is refused before validation.
    const reply = await send({ name: 'hello', data: { host: 'acme.zendesk.com', helpdesk: 'zendesk' } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('not accepted from this sender') });
  });
});

describe('extension pages', () => {
  it('opens the options page and the review page', async () => {
    const options = await open(browser.extensionUrl('options.html'));
    await expect.poll(() => options.getByTestId('nm-options').count()).toBe(1);
    await expect.poll(() => options.getByTestId('nm-status').getAttribute('data-ok')).toBe('true');
    const review = await open(browser.extensionUrl('review.html'));
    await expect.poll(() => review.getByTestId('nm-review').count()).toBe(1);
    await options.close();
    await review.close();
  });
});
