/**
 * Custom host lookup: which helpdesk a team mapped a host to. Its own module, free of the adapters,
 * so the background can import it without bundling every adapter.
 */

/** "helpdesk.acme.com", "helpdesk.acme.com:8088", "https://helpdesk.acme.com/" → "helpdesk.acme.com[:port]". */
export function normalizeHostKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/\/.*$/, '');
}

/**
 * The helpdesk id a team mapped this host to, if any. `host` is a URL's host: with its port when it
 * has one. An entry with that exact port wins; an entry without a port covers every port (teams
 * type "helpdesk.acme.com" and may serve it on :8443, and match patterns ignore ports too).
 * Shared by pickAdapter and the background's answer to the content script's hello, so both agree.
 */
export function customHostAdapterId(host: string, customHosts: Readonly<Record<string, string>>): string | undefined {
  const withPort = host.trim().toLowerCase();
  const hostname = withPort.replace(/:\d+$/, '');
  const entries = Object.entries(customHosts).map(([key, id]) => [normalizeHostKey(key), id] as const);
  return entries.find(([key]) => key === withPort)?.[1] ?? entries.find(([key]) => key === hostname)?.[1];
}
