import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { demoTicket, fixturesDir } from '../support/fixture-server';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const demoUrl = () => browser.server.url(demoTicket.host, demoTicket.path);

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  browser.server.route(demoTicket.host, demoTicket.path, demoTicket.file);
});

afterAll(async () => {
  await browser?.close();
});

async function openTicket(url = demoUrl()): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await expect.poll(() => page.getByTestId('nm-sidebar').getAttribute('data-ready')).toBe('true');
  return page;
}

/**
 * Picks an option the way a person does. Playwright's selectOption dispatches untrusted events,
 * which the sidebar ignores by design (a page script could send the same ones).
 */
async function chooseWithKeyboard(select: Locator, value: string): Promise<void> {
  await select.focus();
  for (let i = 0; i < 12 && (await select.inputValue()) !== value; i++) await select.press('ArrowDown');
  expect(await select.inputValue()).toBe(value);
}

async function openSidebar(page: Page): Promise<void> {
  if ((await page.getByTestId('nm-tab').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('nm-tab').click();
  await page.locator('#nm-panel').waitFor();
}

describe('flags', () => {
  it('shows the great-but message with its evidence phrase and reason, and the tab counts flags', async () => {
    const page = await openTicket();
    const tab = page.getByTestId('nm-tab');
    // Collapsed by default: the tab alone, with the number of flagged messages.
    expect(await tab.getAttribute('aria-expanded')).toBe('false');
    expect(Number(await tab.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    await openSidebar(page);
    const greatBut = page.locator('[data-testid="nm-signal"][data-signal="great_but"]');
    await expect.poll(() => greatBut.count()).toBe(1);
    const evidence = (await greatBut.getByTestId('nm-evidence').first().textContent())?.trim() ?? '';
    expect(evidence.length).toBeGreaterThan(2);
    // The evidence is a phrase of the customer's own message, not of the agent's reply.
    const customerText = await page.locator('#comment-90302 [data-test-id="omni-log-message-content"]').textContent();
    expect(customerText?.toLowerCase()).toContain(evidence.toLowerCase());
    await saveScreenshot(page, 'sidebar-ticket-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'sidebar-ticket-dark');
    await page.close();
  });

  it('"Show in thread" paints the evidence with the Custom Highlight API and leaves the helpdesk DOM as it was', async () => {
    const page = await openTicket();
    await openSidebar(page);
    const before = await page.locator('#main_panes').innerHTML();
    await page.locator('[data-testid="nm-signal"][data-signal="great_but"]').getByRole('button', { name: 'Show in thread' }).click();
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('near-miss-evidence'))).toBe(true);
    const painted = await page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('near-miss-evidence');
      return [...(highlight ?? [])].map((range) => range.toString());
    });
    expect(painted.length).toBeGreaterThan(0);
    expect(await page.locator('#main_panes').innerHTML()).toBe(before);
    await page.close();
  });

  it('lets the agent dismiss a flag and keeps the dismissal after a reload', async () => {
    const page = await openTicket();
    await openSidebar(page);
    const flag = page.locator('[data-testid="nm-signal"][data-signal="great_but"]');
    await flag.getByRole('button', { name: 'Not a near miss' }).click();
    await expect.poll(() => flag.getAttribute('class')).toContain('nm-dismissed');
    await page.reload();
    await expect.poll(() => page.getByTestId('nm-sidebar').getAttribute('data-ready')).toBe('true');
    await openSidebar(page);
    await expect.poll(() => page.locator('[data-testid="nm-signal"][data-signal="great_but"]').getAttribute('class')).toContain('nm-dismissed');
    await page.locator('[data-testid="nm-signal"][data-signal="great_but"]').getByRole('button', { name: 'Restore flag' }).click();
    await page.close();
  });
});

describe('checklist', () => {
  it('keeps progress across a reload', async () => {
    const page = await openTicket();
    await openSidebar(page);
    const first = page.getByTestId('nm-check-item').first();
    const stepId = await first.getAttribute('data-step-id');
    expect(await first.getAttribute('data-done')).toBe('false');
    await first.getByRole('checkbox').click();
    await expect.poll(() => first.getAttribute('data-done')).toBe('true');
    await page.reload();
    await expect.poll(() => page.getByTestId('nm-sidebar').getAttribute('data-ready')).toBe('true');
    await openSidebar(page);
    await expect.poll(() => page.locator(`[data-testid="nm-check-item"][data-step-id="${stepId}"]`).getAttribute('data-done')).toBe('true');
    await page.close();
  });

  it('Insert puts the ready response into the helpdesk reply editor, and undo takes it out', async () => {
    const page = await openTicket();
    await openSidebar(page);
    const step = page.getByTestId('nm-check-item').filter({ has: page.getByRole('button', { name: /^Insert/ }) }).first();
    await step.getByRole('button', { name: /^Insert/ }).click();
    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
    await expect.poll(async () => (await editor.textContent())?.length ?? 0).toBeGreaterThan(20);
    const inserted = (await editor.textContent()) ?? '';
    expect(inserted).toMatch(/thank|sorry|feedback|appreciate|10/i);
    // Inserted through the editor's own input path, so the browser's undo removes it again.
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => ((await editor.textContent()) ?? '').trim()).toBe('');
    await page.close();
  });
});

const chat = { host: 'app.intercom.com', path: '/a/inbox/abc123/inbox/conversation/187000012345', file: 'intercom/conversation-live-chat.html' };

/** The customer's next line, arriving the way Intercom renders one: a new part group in the stream. */
async function appendIntercomCustomerLine(page: Page, groupId: string, text: string): Promise<void> {
  await page.evaluate(
    ([id, line]) => {
      const stream = document.querySelector('[data-testid="conversation-stream-scroll-container"]') ?? document.querySelector('[data-part-group-id]')!.parentElement!;
      const group = document.createElement('div');
      group.setAttribute('data-part-group-id', id);
      group.setAttribute('data-part-group-category', '1');
      const part = document.createElement('div');
      part.className = 'inbox2__conversation-part';
      const body = document.createElement('div');
      body.className = 'inbox-2__break-words';
      const p = document.createElement('p');
      p.textContent = line;
      body.append(p);
      part.append(body);
      group.append(part);
      stream.append(group);
    },
    [groupId, text] as const,
  );
}

describe('live chat', () => {
  it('is compact, and flags a newly arrived customer message within a second', async () => {
    browser.server.route(chat.host, chat.path, chat.file);
    const page = await openTicket(browser.server.url(chat.host, chat.path));
    await openSidebar(page);
    expect(await page.getByTestId('nm-sidebar').getAttribute('class')).toContain('nm-compact');
    const churnFlags = page.locator('[data-testid="nm-signal"][data-signal="churn_risk"]');
    expect(await churnFlags.count()).toBe(0);
    const countBefore = Number(await page.getByTestId('nm-tab').getAttribute('data-count'));

    const sentAt = Date.now();
    await appendIntercomCustomerLine(page, 'g-live-1', "This is ridiculous. Cancel my account today, we're switching to another provider.");
    await expect.poll(() => churnFlags.count(), { interval: 25, timeout: 2000 }).toBe(1);
    const elapsed = Date.now() - sentAt;
    expect(elapsed).toBeLessThanOrEqual(1000);
    expect(Number(await page.getByTestId('nm-tab').getAttribute('data-count'))).toBe(countBefore + 1);

    // A churn threat's checklist starts with escalation: "Copy summary" hands the lead the situation.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${chat.host}:${browser.server.port}` });
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Cancel my account');
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary).toContain('Intercom ticket 187000012345');
    expect(summary).toContain('Churn risk');
    await saveScreenshot(page, 'sidebar-chat-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'sidebar-chat-dark');
    await page.close();
  });
});

describe('detection in the background', () => {
  it('flags a new chat message within a second even after the browser stopped the service worker', async () => {
    // MV3 stops an idle worker after 30 s; a message must wake it (and its detector) again in time.
    browser.server.route(chat.host, chat.path, chat.file);
    const page = await openTicket(browser.server.url(chat.host, chat.path));
    const flags = page.locator('[data-testid="nm-signal"][data-signal="great_but"]');
    await openSidebar(page);
    const before = await flags.count();

    const cdp = await browser.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.includes(browser.extensionId));
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    await expect
      .poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((target) => target.targetId === worker!.targetId), { timeout: 5000 })
      .toBe(false);

    const sentAt = Date.now();
    await appendIntercomCustomerLine(page, 'g-live-2', 'Your support team is fantastic, but the mobile app still logs me out every single day.');
    await expect.poll(() => flags.count(), { interval: 25, timeout: 3000 }).toBe(before + 1);
    expect(Date.now() - sentAt).toBeLessThanOrEqual(1000);
    await cdp.detach();
    await page.close();
  });
});

describe('a hostile page', () => {
  it('cannot open the sidebar, tick a step or log by dispatching events', async () => {
    const page = await openTicket();
    const scriptedClick = (selector: string) =>
      page.evaluate((sel) => {
        const root = document.querySelector('near-miss-sidebar')?.shadowRoot;
        const target = root?.querySelector<HTMLElement>(sel);
        if (!target) return 'missing';
        target.click();
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        return 'clicked';
      }, selector);

    expect(await scriptedClick('[data-testid="nm-tab"]')).toBe('clicked');
    await page.waitForTimeout(200);
    expect(await page.getByTestId('nm-tab').getAttribute('aria-expanded')).toBe('false');

    await openSidebar(page);
    const firstStep = page.getByTestId('nm-check-item').first();
    const doneBefore = await firstStep.getAttribute('data-done');
    expect(await scriptedClick('[data-testid="nm-check-item"] input[type="checkbox"]')).toBe('clicked');
    expect(await scriptedClick('[data-testid="nm-log"]')).toBe('clicked');
    await page.waitForTimeout(300);
    expect(await firstStep.getAttribute('data-done')).toBe(doneBefore);
    expect(await page.getByTestId('nm-logged').count()).toBe(0);
    // The checkbox itself did not flip either: the scripted click was cancelled, not just ignored.
    expect(String(await firstStep.getByRole('checkbox').isChecked())).toBe(doneBefore);
    await page.close();
  });
});

describe('access', () => {
  it('opens with the keyboard, closes with Escape, and has no serious or critical axe violations', async () => {
    const page = await openTicket();
    await page.getByTestId('nm-tab').focus();
    await page.keyboard.press('Enter');
    await page.locator('#nm-panel').waitFor();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run({ include: [['near-miss-sidebar', '[data-testid="nm-sidebar"]']] }, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('nm-tab').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });
});

describe('logging by hand', () => {
  it('lets the agent log a near miss the detector did not flag, choosing its kind', async () => {
    const quiet = readFileSync(join(fixturesDir, demoTicket.file), 'utf8')
      // Same ticket, but the customer only asks a question: nothing to flag.
      .replace(/This is the THIRD time[^<]*/, 'Could you tell me where to find the export settings?')
      .replace(/Thanks Sam, the quarterly split[^<]*/, 'Thanks Sam, noted.');
    browser.server.handle('quiet.zendesk.com', demoTicket.path, (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(quiet));
    const page = await openTicket(browser.server.url('quiet.zendesk.com', demoTicket.path));
    await openSidebar(page);
    expect(await page.getByTestId('nm-signal').count()).toBe(0);
    const logButton = page.getByTestId('nm-log');
    expect(await logButton.isDisabled()).toBe(true);
    await chooseWithKeyboard(page.locator('#nm-manual-signal'), 'passive');
    await chooseWithKeyboard(page.getByTestId('nm-category'), 'process');
    await logButton.click();
    await expect.poll(() => page.getByTestId('nm-logged').count()).toBe(1);

    // The record in local history carries the agent's choice and, honestly, no detection.
    const history = await browser.context.newPage();
    await history.goto(browser.extensionUrl('review.html'));
    const records = (await history.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ name: 'listNearMisses', data: {} }),
    )) as { ok: boolean; value: Array<{ ticketUrl: string; signal: string; category: string; confidence: number; evidence: unknown[] }> };
    expect(records.ok).toBe(true);
    const mine = records.value.filter((record) => record.ticketUrl.includes('quiet.zendesk.com'));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ signal: 'passive', category: 'process', confidence: 0, evidence: [] });
    await history.close();
    await page.close();
  });
});

describe('off switch', () => {
  it('"Turn off on this site" removes the sidebar and keeps it away after a reload', async () => {
    // Its own host: the switch is per site and would otherwise turn off the other tests' pages.
    browser.server.route('offswitch.zendesk.com', demoTicket.path, demoTicket.file);
    const page = await openTicket(browser.server.url('offswitch.zendesk.com', demoTicket.path));
    await openSidebar(page);
    await page.getByRole('button', { name: 'Turn off on this site' }).click();
    await expect.poll(() => page.locator('near-miss-sidebar').count()).toBe(0);
    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await page.locator('near-miss-sidebar').count()).toBe(0);
    // Other sites are not affected.
    const other = await openTicket();
    expect(await other.getByTestId('nm-sidebar').count()).toBe(1);
    await other.close();
    await page.close();
  });
});
