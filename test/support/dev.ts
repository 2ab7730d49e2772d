/**
 * `npm run dev`: serves the bundled demo ticket under a Zendesk host name and starts WXT's dev mode,
 * which opens Chromium with the extension loaded on that ticket. Logs go to the extension's local
 * history (no endpoint is configured out of the box).
 */
import { spawn } from 'node:child_process';
import { findChromium, hostResolverRules } from './chromium';
import { demoTicket, startFixtureServer } from './fixture-server';

const server = await startFixtureServer(Number(process.env.NEAR_MISS_DEMO_PORT ?? 8443)).catch(() => startFixtureServer(0));
server.route(demoTicket.host, demoTicket.path, demoTicket.file);
const demoUrl = server.url(demoTicket.host, demoTicket.path);

let chromiumPath: string | undefined;
try {
  chromiumPath = findChromium();
} catch (error) {
  console.warn(`${(error as Error).message}\nWXT will still build and watch; load .output/chrome-mv3-dev unpacked yourself.`);
}

console.log(`Demo ticket: ${demoUrl} (the dev browser maps ${demoTicket.host} to this machine)`);
const wxt = spawn('npx', ['wxt'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NEAR_MISS_DEMO_URL: demoUrl,
    NEAR_MISS_HOST_RULES: hostResolverRules,
    ...(chromiumPath ? { NEAR_MISS_CHROMIUM: chromiumPath } : {}),
  },
});
const stop = () => wxt.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
