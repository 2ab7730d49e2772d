/**
 * `npm run bench:outbox`: drain time of 1,000 queued near misses to a loopback endpoint, and the
 * background service worker's peak JS heap meanwhile, in Chromium with the built extension
 * (run `npx wxt build` first).
 *
 * The 1,000 records are logged through the content script's `logNearMiss` while the receiver
 * answers 503, so they are all queued; the clock starts when the receiver starts answering 200 and
 * stops when the 1,000th record has arrived. The heap is sampled every 50 ms over CDP
 * (`Runtime.getHeapUsage` on the service_worker target). Retry timing is shortened through the
 * extension-page-only endpoint knob (base 100 ms, cap 500 ms), so the figure includes up to half
 * a second of backoff before the first retry.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { browser as extensionBrowser } from 'wxt/browser';
import { demoTicket } from '../support/fixture-server';
import { launchExtensionBrowser } from '../e2e/harness';

const COUNT = Number(process.env.NM_BENCH_COUNT ?? 1000);

async function main() {
  let ok = false;
  const accepted = new Set<string>();
  let requests = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      requests++;
      if (!ok) return response.writeHead(503).end();
      accepted.add(String(request.headers['idempotency-key']));
      response.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const browser = await launchExtensionBrowser();
  try {
    browser.server.route(demoTicket.host, demoTicket.path, demoTicket.file);
    await browser.grantHostPermission('http://127.0.0.1/*');

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    // Saved through the form first: its Save click requests the host permission (granted above).
    await options.getByTestId('nm-endpoint-url').fill(`http://127.0.0.1:${port}/hook`);
    await options.getByTestId('nm-save').click();
    while ((await options.getByTestId('nm-endpoint-message').getAttribute('data-ok')) !== 'true') await new Promise((resolve) => setTimeout(resolve, 50));
    const reply = await options.evaluate(
      (m) => (globalThis as unknown as { chrome: typeof extensionBrowser }).chrome.runtime.sendMessage(m),
      { name: 'setEndpoint', data: { url: `http://127.0.0.1:${port}/hook`, format: 'json', backoff: { baseMs: 100, capMs: 500 } } },
    );
    if (!(reply as { ok: boolean }).ok) throw new Error(`setEndpoint failed: ${JSON.stringify(reply)}`);

    const ticket = await browser.context.newPage();
    const session = await browser.context.newCDPSession(ticket);
    let contentContext: number | undefined;
    session.on('Runtime.executionContextCreated', ({ context }) => {
      if ((context.auxData as { type?: string } | undefined)?.type === 'isolated' && context.origin === `chrome-extension://${browser.extensionId}`) contentContext = context.id;
    });
    await session.send('Runtime.enable');
    await ticket.goto(browser.server.url(demoTicket.host, demoTicket.path));
    for (let waited = 0; contentContext === undefined; waited += 50) {
      if (waited > 20_000) throw new Error('the content script did not start on the demo ticket');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log('content script ready');

    // Heap sampling on the service worker target (non-flat session through the page's CDP session).
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
    if (!worker) throw new Error('no service worker');
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let peak = 0;
    let messageId = 0;
    session.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { result?: { usedSize?: number } };
      if (message.result?.usedSize !== undefined) peak = Math.max(peak, message.result.usedSize);
    });
    const sample = () => session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++messageId, method: 'Runtime.getHeapUsage' }) }).catch(() => undefined);
    const sampler = setInterval(() => void sample(), 50);

    const logStart = Date.now();
    const logged = await session.send('Runtime.evaluate', {
      contextId: contentContext,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        for (let i = 0; i < ${COUNT}; i++) {
          const r = await chrome.runtime.sendMessage({ name: 'logNearMiss', data: { helpdesk: 'zendesk', ticketId: '1042',
            ticketUrl: ${JSON.stringify(browser.server.url(demoTicket.host, demoTicket.path))}, channel: 'email', signal: 'passive',
            confidence: 0.7, detectorVersion: 'bench', evidence: [{ quote: 'it was fine, I guess (' + i + ')' }] } });
          if (!r.ok) throw new Error(r.error);
        }
        return ${COUNT};
      })()`,
    });
    if (logged.exceptionDetails) throw new Error(JSON.stringify(logged.exceptionDetails));
    const logMs = Date.now() - logStart;
    // Let the undo-window hold (10 s) pass so all 1,000 are due and failing with 503.
    await new Promise((resolve) => setTimeout(resolve, 11_000));

    ok = true;
    const drainStart = Date.now();
    while (accepted.size < COUNT) {
      if (Date.now() - drainStart > 600_000) throw new Error(`only ${accepted.size} of ${COUNT} arrived in 10 min (${requests} requests)`);
      if (process.env.NM_BENCH_DEBUG && (Date.now() - drainStart) % 2000 < 20) console.log(`${accepted.size} accepted, ${requests} requests`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const drainMs = Date.now() - drainStart;
    await sample();
    clearInterval(sampler);
    console.log(`logged ${COUNT} near misses through the content script in ${logMs} ms (${(logMs / COUNT).toFixed(1)} ms per log, stored before each reply)`);
    console.log(`drained ${COUNT} queued records to a loopback endpoint in ${drainMs} ms (${((COUNT * 1000) / drainMs).toFixed(0)} records/s, ${requests} requests in all)`);
    console.log(`service worker peak JS heap: ${(peak / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await browser.close();
    server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
