/** Injects test/e2e/support/in-page.ts (global `NearMissE2E`) into a page, built once per run. */
import type { Page } from 'playwright-core';
import { bundleForPage } from '../../support/page-bundle';
import type { PageRead } from './in-page';

let code: Promise<string> | undefined;
const bundle = () => (code ??= bundleForPage('test/e2e/support/in-page.ts', 'NearMissE2E'));

/**
 * Evaluated over the DevTools protocol rather than added as a <script>, so a helpdesk's
 * Content-Security-Policy (RT sends none today, hosted ones do) cannot block it.
 */
export async function injectInPage(page: Page): Promise<void> {
  const js = await bundle();
  await page.evaluate(`${js};\nwindow.NearMissE2E = NearMissE2E;`);
}

type InPage = { read(id: string): PageRead | null; insert(id: string, text: string): Promise<{ ok: boolean; reason?: string; method?: string }> };

export async function readInPage(page: Page, adapterId: string): Promise<PageRead | null> {
  await injectInPage(page);
  return page.evaluate((id) => (window as unknown as { NearMissE2E: InPage }).NearMissE2E.read(id), adapterId);
}

export async function insertInPage(page: Page, adapterId: string, text: string): Promise<{ ok: boolean; reason?: string; method?: string }> {
  await injectInPage(page);
  return page.evaluate(([id, t]) => (window as unknown as { NearMissE2E: InPage }).NearMissE2E.insert(id, t), [adapterId, text] as const);
}
