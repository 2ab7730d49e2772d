/**
 * A real helpdesk: Request Tracker 5 as test/support/rt/setup.sh installs, starts and seeds it
 * (http://localhost:8088, ticket 1: customer message, agent reply, internal comment, customer
 * follow-up). The team adds `localhost:8088` as a custom host for Request Tracker, the extension is
 * granted http://localhost/* the way the Extensions page grants it, and the content script,
 * registered at run time, must read exactly the customer's two messages from RT's own page.
 *
 * Without RT this spec is skipped, loudly, unless NEAR_MISS_REQUIRE_RT is set (CI sets it after
 * running setup.sh): there a missing RT is a failure, not a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactsDir } from '../support/fixture-server';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './harness';
import { insertInPage, readInPage } from './support/bundle';
import { addCustomHost, readSidebar } from './support/helpdesk-page';

const RT = 'http://localhost:8088';
// Set (to anything but 0) by CI after test/support/rt/setup.sh.
const required = Boolean(process.env.NEAR_MISS_REQUIRE_RT) && process.env.NEAR_MISS_REQUIRE_RT !== '0';

async function rtAnswers(): Promise<boolean> {
  try {
    const response = await fetch(`${RT}/NoAuth/Login.html`, { signal: AbortSignal.timeout(5_000) });
    return response.ok && (await response.text()).includes('name="user"');
  } catch {
    return false;
  }
}

const reachable = await rtAnswers();
if (!reachable && !required) {
  console.warn(
    `rt.e2e: SKIPPED: no Request Tracker answers at ${RT}. Start it with \`sudo bash test/support/rt/setup.sh\`, ` +
      'or set NEAR_MISS_REQUIRE_RT=1 to make its absence a failure (CI does).',
  );
}

describe.skipIf(!reachable && !required)('Request Tracker 5, live', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    if (!reachable) throw new Error(`NEAR_MISS_REQUIRE_RT is set but no Request Tracker answers at ${RT} (run test/support/rt/setup.sh as root first).`);
    browser = await launchExtensionBrowser();
    page = await browser.context.newPage();
    await browser.grantHostPermission('http://localhost/*');
    await addCustomHost(page, browser.extensionUrl('options.html'), await browser.serviceWorker(), 'localhost:8088', 'rt', 'http://localhost/*');
    // RT's own login form, as an agent signs in (root/password is what setup.sh configures).
    await page.goto(`${RT}/`);
    await page.locator('input[name="user"]').fill('root');
    await page.locator('input[name="pass"]').fill('password');
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/NoAuth/')), page.locator('input[name="pass"]').press('Enter')]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads exactly the customer\'s two messages from the ticket page, and the sidebar says so', async () => {
    const groundTruth = join(artifactsDir, 'rt/customer-texts.json');
    expect(existsSync(groundTruth), `${groundTruth} is written by setup.sh`).toBe(true);
    const customerTexts = JSON.parse(readFileSync(groundTruth, 'utf8')) as string[];
    expect(customerTexts).toHaveLength(2);

    await page.goto(`${RT}/Ticket/Display.html?id=1`);
    // The history arrives by AJAX after the page. On a loaded machine the sidebar can be ready (and
    // say "0 customer messages read") before it lands; it re-reads when the history arrives, so wait
    // for that read rather than the first one.
    let sidebar = await readSidebar(page, 20_000);
    await expect.poll(async () => (sidebar = await readSidebar(page, 20_000)).customerMessages, { timeout: 20_000 }).toBe(2);
    expect(sidebar.title).toBe('Request Tracker · #1');
    expect(sidebar.customerMessages).toBe(2);

    const read = await readInPage(page, 'rt');
    expect(read).not.toBeNull();
    expect(read!.ticketId).toBe('1');
    // Thread order: the customer's message, the agent's reply, the internal comment, the follow-up.
    expect(read!.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'note', 'customer']);
    const customer = read!.messages.filter((m) => m.author === 'customer');
    expect(customer.map((m) => m.text)).toEqual(customerTexts);
    // The sidebar flags exactly the customer messages the detector flags in them, nothing else.
    expect(sidebar.flaggedIds).toEqual(read!.flagged);
    for (const id of sidebar.flaggedIds) expect(customer.map((m) => m.id)).toContain(id);
    expect(sidebar.tabCount).toBe(read!.flagged.length);
    await saveScreenshot(page, 'rt-ticket-display');
  });

  it('inserts into the reply page\'s CKEditor 4 so RT\'s editor holds the text, and undo takes it out', async () => {
    await page.goto(`${RT}/Ticket/Update.html?id=1&Action=Respond`);
    // The sidebar mounts here for the right ticket, but RT's reply page shows no history, so it has
    // no flags and hence no checklist with an Insert button: the insertion the button would make is
    // exercised directly, with the same adapter editor lookup and lib/dom/insert, in the page.
    const sidebar = await readSidebar(page, 20_000);
    expect(sidebar.title).toBe('Request Tracker · #1');
    // CKEditor 4 replaces the textarea with an iframe once it has started.
    await page.locator('#cke_UpdateContent iframe.cke_wysiwyg_frame').waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { CKEDITOR?: { instances: Record<string, { status: string }> } }).CKEDITOR?.instances.UpdateContent?.status))
      .toBe('ready');
    const text = 'Thank you for your patience, Jane. I am sorry this took so long.';
    const result = await insertInPage(page, 'rt', text);
    expect(result).toEqual({ ok: true, method: 'execCommand' });
    const editorData = () =>
      page.evaluate(() => (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR.instances.UpdateContent!.getData());
    // CKEditor's own model has it: this is what RT submits.
    expect(await editorData()).toContain(text);
    await saveScreenshot(page, 'rt-ticket-update-inserted');
    // Undo through CKEditor's own keystroke handler, in the editing frame.
    await page.frameLocator('#cke_UpdateContent iframe.cke_wysiwyg_frame').locator('body').press('Control+z');
    await expect.poll(editorData).not.toContain(text);
  });
});
