/**
 * Logging end to end: near misses logged through the content script's real `logNearMiss` message
 * reach a local, fault-injecting receiver exactly once per Idempotency-Key, through 503s, 429 with
 * Retry-After, timeouts and connection resets, and through a stopped service worker; Slack-format
 * deliveries whose outcome is unknown are parked, never repeated.
 *
 * The receiver is a plain node http server on 127.0.0.1 (http is allowed only on loopback); its
 * host permission is granted the way toolchain.md describes. Retry timing is shortened through the
 * extension-page-only `setEndpoint` backoff knob (base 100 ms, cap 500 ms, timeout 1 s).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import type { browser as extensionBrowser } from 'wxt/browser';
import { demoTicket } from '../support/fixture-server';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './harness';

type Mode = 'ok' | '503' | '429' | 'timeout' | 'reset';

/** 32 bytes: a valid Standard Webhooks secret. */
const secret = `whsec_${Buffer.from('near-miss-e2e-signing-secret-32b').toString('base64')}`;

interface Receiver {
  port: number;
  mode: Mode;
  /** Extra delay before a normal answer (to widen the in-flight window). */
  delayMs: number;
  /** Side effects: keys accepted the first time they arrived. */
  accepted: Set<string>;
  /** Every request per key (retries included). */
  requests: Map<string, number>;
  served: Record<Mode, number>;
  signatureFailures: number;
  signed: number;
  slackBodies: string[];
  stalled: ServerResponse[];
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const receiver = {
    mode: 'ok' as Mode,
    delayMs: 0,
    accepted: new Set<string>(),
    requests: new Map<string, number>(),
    served: { ok: 0, '503': 0, '429': 0, timeout: 0, reset: 0 },
    signatureFailures: 0,
    signed: 0,
    slackBodies: [] as string[],
    stalled: [] as ServerResponse[],
  };
  const webhook = new Webhook(secret);
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const mode = receiver.mode;
      if (request.url === '/slack') {
        receiver.slackBodies.push(body);
        receiver.served[mode]++;
        if (mode === 'reset') return request.socket.destroy();
        return response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      }
      const key = String(request.headers['idempotency-key'] ?? '');
      receiver.requests.set(key, (receiver.requests.get(key) ?? 0) + 1);
      if (request.headers['webhook-signature']) {
        receiver.signed++;
        try {
          webhook.verify(body, request.headers as Record<string, string>);
        } catch {
          receiver.signatureFailures++;
        }
      }
      receiver.served[mode]++;
      switch (mode) {
        case '503':
          return response.writeHead(503).end('unavailable');
        case '429':
          return response.writeHead(429, { 'retry-after': '1' }).end('slow down');
        case 'timeout':
          receiver.stalled.push(response); // never answered: the extension gives up after its timeout
          return;
        case 'reset':
          // The request arrived (and may have been acted on); the connection dies before an answer.
          return request.socket.destroy();
        case 'ok':
          setTimeout(() => {
            // Deduplicate by Idempotency-Key, as the IETF draft asks of the receiver.
            if (key && !receiver.accepted.has(key)) receiver.accepted.add(key);
            response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
          }, receiver.delayMs);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(receiver, {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of receiver.stalled) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

let browser: ExtensionBrowser;
let receiver: Receiver;
let options: Page;
let ticket: Page;
let ticketSession: CDPSession;
let contentContextId: number | undefined;

async function extensionMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return options.evaluate((m) => (globalThis as unknown as { chrome: typeof extensionBrowser }).chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value?: unknown; error?: string }>;
}

/**
 * Sends `logNearMiss` from the ticket page's content script world (the real sender: a content
 * script in a tab's top frame), as the sidebar's Log button does. Returns the record ids.
 */
async function logFromContentScript(count: number, label: string): Promise<string[]> {
  const ticketUrl = browser.server.url(demoTicket.host, demoTicket.path);
  const result = await ticketSession.send('Runtime.evaluate', {
    contextId: contentContextId,
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => {
      const ids = [];
      for (let i = 0; i < ${count}; i++) {
        const id = crypto.randomUUID();
        const reply = await chrome.runtime.sendMessage({ name: 'logNearMiss', data: {
          id, helpdesk: 'zendesk', ticketId: '1042', ticketUrl: ${JSON.stringify(ticketUrl)}, channel: 'email',
          signal: 'great_but', confidence: 0.9, detectorVersion: 'e2e',
          evidence: [{ quote: ${JSON.stringify(label)} + ' #' + i + ': love it, but mail me at jane@example.com' }],
        } });
        if (!reply || !reply.ok || reply.value.id !== id) throw new Error('log failed: ' + JSON.stringify(reply));
        ids.push(id);
      }
      return ids;
    })()`,
  });
  if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
  return result.result.value as string[];
}

async function stopServiceWorker(): Promise<void> {
  const { targetInfos } = await ticketSession.send('Target.getTargets');
  const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.includes(browser.extensionId));
  if (!worker) throw new Error('no service worker target');
  await ticketSession.send('Target.closeTarget', { targetId: worker.targetId });
}

async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  receiver = await startReceiver();
  browser = await launchExtensionBrowser();
  browser.server.route(demoTicket.host, demoTicket.path, demoTicket.file);

  // The endpoint's optional host permission, granted as the Extensions page does.
  await browser.grantHostPermission('http://127.0.0.1/*');

  options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));

  ticket = await browser.context.newPage();
  ticketSession = await browser.context.newCDPSession(ticket);
  const extensionOrigin = `chrome-extension://${browser.extensionId}`;
  ticketSession.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin === extensionOrigin) contentContextId = context.id;
  });
  await ticketSession.send('Runtime.enable');
  await ticket.goto(browser.server.url(demoTicket.host, demoTicket.path));
  await waitFor(() => contentContextId !== undefined, 15_000, "the content script's world");
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await receiver?.close();
});

describe('options page: the endpoint', () => {
  it('saves a signed JSON endpoint through the form, never shows the secret back, and sends a marked test record', async () => {
    await options.getByTestId('nm-endpoint-url').fill(`http://127.0.0.1:${receiver.port}/hook`);
    await options.getByTestId('nm-endpoint-format').selectOption('json');
    await options.getByTestId('nm-signing-secret').fill(secret);
    await options.getByTestId('nm-save').click();
    await expect.poll(() => options.getByTestId('nm-endpoint-message').getAttribute('data-ok')).toBe('true');
    const view = await extensionMessage({ name: 'getEndpoint', data: {} });
    expect(view).toMatchObject({ ok: true, value: { url: `http://127.0.0.1:${receiver.port}/hook`, format: 'json', hasSigningSecret: true, hasAuthToken: false } });
    expect(JSON.stringify(view)).not.toContain(secret.slice(6));

    await options.getByTestId('nm-test-endpoint').click();
    await expect.poll(() => options.getByTestId('nm-test-result').getAttribute('data-status')).toBe('200');
    expect(receiver.signatureFailures).toBe(0);
    expect(receiver.signed).toBe(1);
    await saveScreenshot(options, 'options-endpoint');

    // Test-only timing, through the extension-page-only message (content scripts cannot send it).
    const timing = await extensionMessage({
      name: 'setEndpoint',
      data: { url: `http://127.0.0.1:${receiver.port}/hook`, format: 'json', backoff: { baseMs: 100, capMs: 500, timeoutMs: 1000 } },
    });
    expect(timing).toMatchObject({ ok: true, value: { hasSigningSecret: true, backoff: { baseMs: 100, capMs: 500, timeoutMs: 1000 } } });
  });

  it('refuses endpoint and outbox messages from the content script', async () => {
    for (const message of [
      { name: 'setEndpoint', data: { url: 'https://evil.example/', format: 'json' } },
      { name: 'getEndpoint', data: {} },
      { name: 'outboxStatus', data: {} },
      { name: 'listNearMisses', data: {} },
    ]) {
      const result = await ticketSession.send('Runtime.evaluate', {
        contextId: contentContextId,
        awaitPromise: true,
        returnByValue: true,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      });
      expect(result.result.value).toEqual({ ok: false, error: `"${message.name}" is not accepted from this sender` });
    }
  });
});

describe('delivery through faults', () => {
  it('delivers 100 logs exactly once each through 503, 429 + Retry-After, timeouts and resets', async () => {
    receiver.mode = '503';
    const ids = await logFromContentScript(100, 'faults');
    // Held for the undo window (10 s), then the 503s start.
    await waitFor(() => receiver.served['503'] >= 20, 40_000, '503s');
    receiver.mode = '429';
    await waitFor(() => receiver.served['429'] >= 5, 20_000, '429s');
    receiver.mode = 'timeout';
    await waitFor(() => receiver.served.timeout >= 3, 20_000, 'timeouts');
    receiver.mode = 'reset';
    await waitFor(() => receiver.served.reset >= 5, 20_000, 'resets');
    receiver.mode = 'ok';
    await waitFor(() => ids.every((id) => receiver.accepted.has(id)), 90_000, 'all 100 accepted');

    expect(ids.filter((id) => receiver.accepted.has(id))).toHaveLength(100);
    expect(new Set(ids).size).toBe(100);
    // Retries happened (the faults were real) but only the 100 logged keys ever arrived.
    expect([...receiver.requests.keys()].filter((key) => ids.includes(key))).toHaveLength(100);
    expect(receiver.signatureFailures).toBe(0);
    const status = await extensionMessage({ name: 'outboxStatus', data: {} });
    expect(status).toMatchObject({ ok: true, value: { counts: { pending: 0, in_flight: 0, failed: 0, needs_confirmation: 0 } } });
    console.log(`faults run: served ${JSON.stringify(receiver.served)}, requests ${[...receiver.requests.values()].reduce((a, b) => a + b, 0)}`);
  }, 240_000);

  it('delivers 100 more exactly once although the service worker is stopped in the middle of a flush', async () => {
    receiver.delayMs = 150; // keep a request in flight most of the time
    const before = receiver.accepted.size;
    const ids = await logFromContentScript(100, 'restart');
    await waitFor(() => ids.filter((id) => receiver.accepted.has(id)).length >= 20, 60_000, 'the flush to start');
    await stopServiceWorker();
    const atStop = ids.filter((id) => receiver.accepted.has(id)).length;
    expect(atStop).toBeLessThan(100);
    // Nothing wakes the worker but its alarm (≤ 30 s): it recovers in_flight and drains the rest.
    await waitFor(() => ids.every((id) => receiver.accepted.has(id)), 120_000, 'all 100 accepted after the restart');
    expect(receiver.accepted.size - before).toBe(100);
    expect(receiver.signatureFailures).toBe(0);
    const resent = ids.filter((id) => (receiver.requests.get(id) ?? 0) > 1).length;
    console.log(`restart run: ${atStop} accepted before the stop, ${resent} keys sent more than once (deduplicated by key)`);
    receiver.delayMs = 0;
  }, 240_000);
});

describe('Slack format', () => {
  it('parks an ambiguous failure for confirmation and never posts it twice', async () => {
    const set = await extensionMessage({
      name: 'setEndpoint',
      data: { url: `http://127.0.0.1:${receiver.port}/slack`, format: 'slack', backoff: { baseMs: 100, capMs: 500, timeoutMs: 1000 } },
    });
    expect(set.ok).toBe(true);
    receiver.mode = 'reset';
    const ids = await logFromContentScript(3, 'slack');
    await waitFor(() => receiver.slackBodies.length >= 3, 40_000, 'three Slack posts');
    // Plenty of backoff periods pass: a blind retry would show up here.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(receiver.slackBodies).toHaveLength(3);
    for (const id of ids) expect(receiver.slackBodies.filter((body) => body.includes(id))).toHaveLength(1);
    // Redacted before it left the browser.
    expect(receiver.slackBodies.join('\n')).not.toContain('jane@example.com');
    const status = (await extensionMessage({ name: 'outboxStatus', data: {} })) as { ok: true; value: { counts: Record<string, number> } };
    expect(status.value.counts.needs_confirmation).toBe(3);
    // The toolbar badge says so, without the agent opening anything.
    const worker = await browser.serviceWorker();
    const badge = () =>
      worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
    await expect.poll(badge, { timeout: 5_000 }).toBe('3');

    // The agent confirms one as delivered on the options page.
    await options.reload();
    await expect.poll(() => options.getByTestId('nm-outbox-needs_confirmation').textContent()).toBe('3');
    await options.getByTestId('nm-mark-delivered').first().click();
    await expect.poll(() => options.getByTestId('nm-outbox-needs_confirmation').textContent()).toBe('2');
    await expect.poll(badge, { timeout: 5_000 }).toBe('2');
    await saveScreenshot(options, 'options-outbox');
    expect(receiver.slackBodies).toHaveLength(3);
  }, 120_000);
});
