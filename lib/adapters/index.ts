/**
 * The adapter registry, `pickAdapter()` and the manifest's match patterns.
 *
 * Imported at build time in Node by wxt.config.ts and the content script's `matches`, so nothing
 * here (or in an adapter module) touches the DOM at import.
 *
 * pickAdapter(url, customHosts) answers "is a ticket of a helpdesk we know open at this URL, and
 * which adapter reads it":
 *   1. the host (with port, then without) is in `customHosts` → that adapter (self-hosted Zammad,
 *      Chatwoot, FreeScout, osTicket, RT, or a hosted helpdesk behind the team's own domain);
 *   2. otherwise the adapter whose hosted `matches` cover the URL;
 *   and only if that adapter's `isTicketPage(url)` is true. A helpdesk's dashboard or a ticket list
 *   gives undefined, so the content script never mounts a sidebar on one; on single-page apps the
 *   content script calls pickAdapter again when the observer reports a navigation (`adapterForHost`
 *   gives the adapter regardless of the path, for watching a dashboard until a ticket opens).
 *
 * Chatwoot Cloud (app.chatwoot.com) is hosted, so it has a manifest pattern like the SaaS
 * helpdesks; self-hosted Chatwoot comes through customHosts like the other open-source ones.
 */
import { chatwoot } from './chatwoot';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { gorgias } from './gorgias';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { osticket } from './osticket';
import { rt } from './rt';
import { customHostAdapterId } from './custom-host';
import { parseUrl } from './shared';
import type { HelpdeskAdapter } from './types';
import { zammad } from './zammad';
import { zendesk } from './zendesk';

export type {
  Channel,
  EditorKind,
  HelpdeskAdapter,
  MessageAuthor,
  ReplyEditor,
  ThreadMessage,
  TicketSnapshot,
} from './types';

export { customHostAdapterId };

export const adapters: readonly HelpdeskAdapter[] = [
  zendesk,
  freshdesk,
  intercom,
  helpscout,
  gorgias,
  front,
  zammad,
  chatwoot,
  freescout,
  osticket,
  rt,
];

export function adapterById(id: string): HelpdeskAdapter | undefined {
  return adapters.find((adapter) => adapter.id === id);
}

/**
 * Does a WebExtension match pattern (`https://*.zendesk.com/*`) cover this URL? Chrome's rules: a
 * `*.` host also matches the bare domain; `*` scheme means http and https; the path is a glob.
 */
export function matchPatternCovers(pattern: string, url: URL): boolean {
  const parts = /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) return pattern === '<all_urls>' && /^(https?|wss?|file|ftp):$/.test(url.protocol);
  const [, scheme, host = '', path = '/*'] = parts;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host.toLowerCase()) return false;
  }
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(url.pathname + url.search);
}

/** The adapter for this URL's host (custom host first, then hosted patterns), whatever the path. */
export function adapterForHost(
  url: string | URL,
  customHosts?: Readonly<Record<string, string>>,
): HelpdeskAdapter | undefined {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return undefined;
  const customId = customHosts ? customHostAdapterId(parsed.host, customHosts) : undefined;
  const custom = customId ? adapterById(customId) : undefined;
  if (custom) return custom;
  return adapters.find((adapter) => adapter.matches.some((pattern) => matchPatternCovers(pattern, parsed)));
}

/** The adapter that reads the ticket open at `url`, or undefined when no known ticket is open there. */
export function pickAdapter(
  url: string | URL,
  customHosts?: Readonly<Record<string, string>>,
): HelpdeskAdapter | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  const adapter = adapterForHost(parsed, customHosts);
  return adapter?.isTicketPage(parsed) ? adapter : undefined;
}

/** Union of the hosted helpdesks' manifest patterns (self-hosted ones are added at run time). */
export function helpdeskMatchPatterns(): string[] {
  return [...new Set(adapters.flatMap((adapter) => adapter.matches))];
}
