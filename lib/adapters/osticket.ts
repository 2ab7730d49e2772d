/**
 * osTicket staff panel (self-hosted; through a custom host). Markup from osTicket/osTicket:
 * include/staff/ticket-view.inc.php (header "Ticket #<number>", user name/email spans
 * `#user-<ownerId>-name|email`, Source row, reply form), include/staff/templates/thread-entries.tmpl.php
 * (`#thread-items`, wrapper `#thread-entry-<id>`, oldest first by default) and
 * templates/thread-entry.tmpl.php (`.thread-entry.message|response|note|system`, `.thread-body`),
 * js/redactor-osticket.js (Redactor 3 on `textarea#response.richtext`). High confidence
 * (source as of 2023-10).
 */
import { extractText } from '../dom/text';
import { channelFromLabel, defineAdapter, queryAll, readMessages, snapshot, textOf } from './shared';
import type { MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** One thread entry (thread-entry.tmpl.php). */
export const threadEntry = '#thread-items .thread-entry';
export const threadEntry_: SelectorExpectation = [
  [5, 'ticket-view.html'],
  [3, 'ticket-view-web.html'],
];

/** End-user messages: type M → class "message". */
export const userMessage = '.thread-entry.message';
export const userMessage_: SelectorExpectation = [
  [2, 'ticket-view.html'],
  [2, 'ticket-view-web.html'],
];

/** Redactor 3's editable next to the reply textarea, or the textarea before Redactor starts. */
export const redactorReply = 'form#reply .redactor-in[contenteditable="true"]';
export const replyTextarea = 'form#reply textarea#response[name="response"]';
export const redactorReply_: SelectorExpectation = [
  [1, 'ticket-view.html'],
  [0, 'ticket-view-web.html'],
];

const TYPES: Record<string, MessageAuthor> = { message: 'customer', response: 'agent', note: 'note', system: 'system' };

function ticketIdFromUrl(url: URL): string | undefined {
  if (!/\/scp\/tickets\.php$/.test(url.pathname)) return undefined;
  const id = url.searchParams.get('id');
  return id && /^\d+$/.test(id) ? id : undefined;
}

function authorOf(el: Element): MessageAuthor {
  for (const cls of Array.from(el.classList)) {
    const author = TYPES[cls];
    if (author) return author;
  }
  return 'system';
}

function readMessage(el: Element): ThreadMessage | undefined {
  const id = /^thread-entry-(\d+)$/.exec(el.parentElement?.id ?? '')?.[1];
  const body = el.querySelector('.thread-body');
  if (!id || !body) return undefined;
  return { id, author: authorOf(el), text: extractText(body, { remove: ['.attachments'] }), element: el };
}

function messageElements(root: ParentNode): Element[] {
  return queryAll(root, threadEntry);
}

/** The "Source:" row of the ticket info table (Email, Web, Phone, API, Other). */
function sourceLabel(doc: Document): string | undefined {
  const row = queryAll(doc, 'table.ticket_info tr').find((tr) => /^Source:?$/.test(tr.querySelector('th')?.textContent?.trim() ?? ''));
  return row?.querySelector('td')?.textContent?.trim();
}

export const osticket = defineAdapter({
  id: 'osticket',
  name: 'osTicket',
  matches: [],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: threadEntry,
  messageElements,
  readMessage,
  threadRoot: (doc) => doc.getElementById('thread-items'),
  readTicket(doc) {
    const reload = doc.querySelector('.flush-left h2 a[href^="tickets.php?id="]')?.getAttribute('href') ?? '';
    const ticketId = /[?&]id=(\d+)/.exec(reload)?.[1] ?? (doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined);
    const root = doc.getElementById('thread-items');
    if (!ticketId || !root) return undefined;
    const messages = readMessages({ messageElements, readMessage }, root);
    const name = textOf(doc, 'table.ticket_info span[id^="user-"][id$="-name"]');
    const email = textOf(doc, 'table.ticket_info span[id^="user-"][id$="-email"]')?.toLowerCase();
    return snapshot(ticketId, channelFromLabel(sourceLabel(doc)), messages, {
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
    });
  },
  editor: {
    kind: 'redactor',
    find: (doc) => doc.querySelector(redactorReply) ?? (doc.querySelector('form#reply .redactor-box') ? null : doc.querySelector(replyTextarea)),
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://help.example.com/scp/tickets.php?id=318',
    'https://example.org/support/scp/tickets.php?id=12#reply',
  ],
  notTicket: [
    'https://help.example.com/scp/tickets.php',
    'https://help.example.com/scp/tickets.php?status=open',
    'https://help.example.com/tickets.php?id=318',
    'https://help.example.com/scp/users.php?id=4',
  ],
};
