/**
 * What the sidebar shows on a helpdesk page, read through its test hooks (open shadow root), and
 * what the background knows about a tab: shared by the adapters and RT specs.
 */
import { expect } from 'vitest';
import type { Page, Worker } from 'playwright-core';

export interface SidebarRead {
  /** "<helpdesk> · #<ticket id>" from the panel header. */
  title: string;
  /** N from the header's "N customer messages read". */
  customerMessages: number;
  /** The tab's data-count: flagged messages not dismissed. */
  tabCount: number;
  /** data-message-id of every flag in the panel, in panel order (thread order). */
  flaggedIds: string[];
}

/** Waits for the sidebar to have read the ticket, opens the panel and reads what it shows. */
export async function readSidebar(page: Page, timeout = 10_000): Promise<SidebarRead> {
  const sidebar = page.getByTestId('nm-sidebar');
  await expect.poll(() => sidebar.getAttribute('data-ready', { timeout }), { timeout }).toBe('true');
  const tab = page.getByTestId('nm-tab');
  if ((await tab.getAttribute('aria-expanded')) !== 'true') await tab.click();
  await page.locator('#nm-panel').waitFor();
  const title = ((await page.locator('#nm-panel .nm-title').textContent()) ?? '').trim();
  const status = ((await page.locator('#nm-panel .nm-header .nm-muted').textContent()) ?? '').trim();
  const count = /^(\d+) customer messages read$/.exec(status);
  if (!count) throw new Error(`unexpected sidebar header status: "${status}"`);
  const flaggedIds = await page.getByTestId('nm-signal').evaluateAll((els) => els.map((el) => el.getAttribute('data-message-id') ?? ''));
  return { title, customerMessages: Number(count[1]), tabCount: Number(await tab.getAttribute('data-count')), flaggedIds };
}

/**
 * The id of the newest tab (a page just opened with `context.newPage()`). Tab URLs are hidden from
 * the extension without the "tabs" permission, so tabs are told apart by id.
 */
export async function newestTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    return Math.max(...(await chrome.tabs.query({})).map((tab) => tab.id ?? -1));
  });
}

/**
 * The background's record of a tab (written when the content script's hello arrives), or undefined
 * while no content script has said hello there. Proves the script ran on pages where it then,
 * correctly, mounts nothing.
 */
export async function tabStatus(worker: Worker, tabId: number): Promise<{ active: boolean; helpdesk: string | null } | undefined> {
  return worker.evaluate(async (key) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await chrome.storage.session.get(key))[key] as { active: boolean; helpdesk: string | null } | undefined;
  }, `tab:${tabId}`);
}

/**
 * Adds a custom host through the options page's own form (as a user does), then waits until the
 * background has registered the content script for its origin.
 */
export async function addCustomHost(page: Page, optionsUrl: string, worker: Worker, host: string, helpdeskId: string, pattern: string): Promise<void> {
  await page.goto(optionsUrl);
  await page.getByTestId('nm-custom-host').fill(host);
  await page.getByTestId('nm-custom-host').locator('xpath=ancestor::form').locator('select').selectOption(helpdeskId);
  await page.getByTestId('nm-add-host').click();
  await page.getByTestId('nm-custom-hosts').getByText(host, { exact: false }).waitFor();
  // Called from beforeAll hooks, where expect.poll is not available: poll by hand.
  const deadline = Date.now() + 10_000;
  let registered: string[] = [];
  while (Date.now() < deadline) {
    registered = await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }).chrome;
      return (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
    });
    if (registered.includes(pattern)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the background did not register the content script for ${pattern} (registered: ${registered.join(', ') || 'none'})`);
}
