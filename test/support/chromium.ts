/** Finds a Chromium to drive: `CHROME_PATH`, then the usual Debian and Chrome locations. */
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return found;
}

/**
 * Helpdesk host names mapped to the loopback fixture server, so fixtures load under their real hosts.
 * `unrelated.example` stands for any page the extension must leave alone.
 */
export const mappedHosts = [
  '*.zendesk.com',
  '*.freshdesk.com',
  'app.intercom.com',
  'app.eu.intercom.com',
  'secure.helpscout.net',
  '*.gorgias.com',
  'app.frontapp.com',
  'app.chatwoot.com',
  'support.acme.test',
  // Self-hosted helpdesks on a team's own hosts (one host per helpdesk, as in real teams).
  '*.acme.test',
  'unrelated.example',
];

export const hostResolverRules = mappedHosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ');
