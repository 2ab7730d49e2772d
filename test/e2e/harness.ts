/**
 * The real-browser harness: Debian's Chromium through playwright-core, the built extension
 * (.output/chrome-mv3) loaded unpacked, fixture pages served over HTTPS on loopback and helpdesk host
 * names mapped to it, so the manifest's real match patterns decide where the content script runs.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, hostResolverRules } from '../support/chromium';
import { artifactsDir, projectRoot, startFixtureServer, type FixtureServer } from '../support/fixture-server';

export const extensionDir = join(projectRoot, '.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** The extension's service worker (re-fetched after a restart). */
  serviceWorker(): Promise<Worker>;
  extensionUrl(path: string): string;
  /**
   * Grants an optional host permission the way the Extensions page does when a user allows a site:
   * headless Chromium cannot answer `permissions.request()` prompts.
   */
  grantHostPermission(pattern: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchExtensionBrowser(options: { extraArgs?: string[] } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error('No built extension in .output/chrome-mv3: run `npm run build` first (npm test does).');
  }
  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'near-miss-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: false, // headless "new" is passed below: Playwright's own headless mode drops extensions
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 860 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostResolverRules}`,
      ...(options.extraArgs ?? []),
    ],
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  // Chromium answers the first storage.managed read only once its policy service is up (~3 s after
  // start). An agent's browser has been up for hours when a ticket opens; let the test browser be too.
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get().catch(() => undefined));
  return {
    context,
    extensionId,
    server,
    serviceWorker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async grantHostPermission(pattern) {
      const page = await context.newPage();
      await page.goto('chrome://extensions');
      await page.evaluate(
        ([id, origin]) =>
          new Promise<void>((resolve, reject) => {
            const chrome = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string, done: () => void): void }; runtime: { lastError?: { message?: string } } } }).chrome;
            chrome.developerPrivate.addHostPermission(id, origin, () => (chrome.runtime.lastError ? reject(new Error(chrome.runtime.lastError.message)) : resolve()));
          }),
        [extensionId, pattern] as const,
      );
      await page.close();
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under test/artifacts/screenshots (gitignored) so what the product shows can be looked at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(artifactsDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
