/**
 * Builds test/e2e/support/in-page.ts into one IIFE (global `NearMissE2E`) with vite, the way
 * test/bench/content.bench.ts bundles its in-page code, and injects it into a page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { projectRoot } from '../../support/fixture-server';
import type { PageRead } from './in-page';

let code: Promise<string> | undefined;

function bundle(): Promise<string> {
  code ??= (async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: projectRoot,
      resolve: { alias: { '@': projectRoot } },
      build: {
        write: false,
        minify: false,
        lib: { entry: join(projectRoot, 'test/e2e/support/in-page.ts'), formats: ['iife'], name: 'NearMissE2E', fileName: 'near-miss-e2e' },
      },
    });
    const output = (Array.isArray(result) ? result[0]! : result) as { output: Array<{ code?: string }> };
    const js = output.output[0]?.code;
    if (!js) throw new Error('vite produced no in-page bundle');
    return js;
  })();
  return code;
}

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
