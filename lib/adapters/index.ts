// TEMPORARY stub written by the foundation work so the build and e2e harness can run; the adapters
// work replaces this whole file with the real registry (keep the exported names).
import type { HelpdeskAdapter, TicketSnapshot, ThreadMessage } from './types';

export type { HelpdeskAdapter, TicketSnapshot, ThreadMessage } from './types';

const stubZendesk: HelpdeskAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['https://*.zendesk.com/*'],
  isTicketPage: (url) => /\/agent\/tickets\/\d+/.test(url.pathname),
  readTicket(doc) {
    const pane = doc.querySelector('.ticket-panes-grid-layout[data-is-active="true"] [data-side-conversations-anchor-id]');
    if (!pane) return undefined;
    const messages: ThreadMessage[] = [...pane.querySelectorAll('article[data-test-id="omni-log-comment-item"]')].map((article) => {
      const type = article.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type');
      return { id: article.id, author: type === 'end-user' ? 'customer' : type === 'internal' ? 'note' : 'agent', text: article.textContent ?? '', element: article };
    });
    const snapshot: TicketSnapshot = { ticketId: pane.getAttribute('data-side-conversations-anchor-id') ?? '', channel: 'email', messages };
    return snapshot;
  },
  threadRoot: (doc) => doc.querySelector('[data-test-id="omni-log-container"]'),
  replyEditor: (doc) => doc.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]'),
};

export const adapters: readonly HelpdeskAdapter[] = [stubZendesk];

export function pickAdapter(url: string | URL, customHosts?: Readonly<Record<string, string>>): HelpdeskAdapter | undefined {
  const parsed = new URL(url);
  const custom = customHosts?.[parsed.host];
  const adapter = custom ? adapters.find((a) => a.id === custom) : parsed.hostname.endsWith('.zendesk.com') ? stubZendesk : undefined;
  return adapter?.isTicketPage(parsed) ? adapter : undefined;
}

export function helpdeskMatchPatterns(): string[] {
  return adapters.flatMap((adapter) => adapter.matches);
}
