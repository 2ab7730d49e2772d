/**
 * Gorgias. LOW CONFIDENCE THROUGHOUT: the team's helpdesk reference (§5) found no public DOM hooks
 * for the ticket view (a React/Redux SPA); only the URL (High) and the ticket JSON are documented:
 * each message has `from_agent`, `public` (false = internal note), `channel` and `sender`.
 *
 * What this adapter assumes, to be replaced by a real capture (TODO [2027-03-01]):
 *  - messages are elements with `data-testid="ticket-message"` (a common React test-id pattern);
 *  - the message element exposes the JSON fields above as attributes or class fragments: we read
 *    `data-from-agent` / `data-public` if present, else class fragments `internal-note` / `from-agent`;
 *  - the body is `[data-testid="message-body"]`, the sender `[data-testid="message-sender"]`;
 *  - the reply editor is a contenteditable inside `[data-testid="ticket-reply-editor"]` (Draft.js).
 * Everything else (quote/signature stripping, ordering, incremental read) is shared code and holds.
 * The same-origin `/api/tickets/<id>` JSON would be the reliable route if it accepts the login cookie
 * (unverified): DOM first, API as cross-check, as for Zendesk.
 */
import { extractText } from '../dom/text';
import { channelFromLabel, defineAdapter, parseNameEmail, queryAll, readMessages, snapshot, textOf } from './shared';
import type { MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** One message (no source: inferred). */
export const message = '[data-testid="ticket-message"]';
export const message_: SelectorExpectation = [
  [4, 'ticket-email.html'],
  [4, 'ticket-chat.html'],
];

/** Customer messages: `from_agent` false and public (no source: inferred). */
export const customerMessage = '[data-testid="ticket-message"][data-from-agent="false"][data-public="true"]';
export const customerMessage_: SelectorExpectation = [
  [2, 'ticket-email.html'],
  [3, 'ticket-chat.html'],
];

const body = '[data-testid="message-body"]';
const sender = '[data-testid="message-sender"]';
const customerHeader = '[data-testid="ticket-customer-name"]';
const customerEmail = '[data-testid="ticket-customer-email"]';
const channelLabel = '[data-testid="ticket-channel"]';
/** Reply editor (no source: inferred). */
export const replyEditor = '[data-testid="ticket-reply-editor"] [contenteditable="true"]';
export const replyEditor_: SelectorExpectation = [
  [1, 'ticket-email.html'],
  [1, 'ticket-chat.html'],
];

// https://<sub>.gorgias.com/app/ticket/<id> and /app/views/<viewId>/<ticketId> (High).
const TICKET_PATH = /^\/app\/(?:ticket|views\/\d+)\/(\d+)\/?$/;

function ticketIdFromUrl(url: URL): string | undefined {
  return TICKET_PATH.exec(url.pathname)?.[1];
}

function attrFlag(el: Element, attr: string): boolean | undefined {
  const value = el.getAttribute(attr);
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

function authorOf(el: Element): MessageAuthor {
  if (attrFlag(el, 'data-public') === false || /\binternal-note\b/.test(el.className)) return 'note';
  const fromAgent = attrFlag(el, 'data-from-agent') ?? (/\bfrom-agent\b/.test(el.className) ? true : undefined);
  if (fromAgent === true) return 'agent';
  if (fromAgent === false) return 'customer';
  return 'system';
}

function readMessage(el: Element): ThreadMessage | undefined {
  const id = el.getAttribute('data-message-id');
  const content = el.querySelector(body);
  if (!id || !content) return undefined;
  return { id, author: authorOf(el), text: extractText(content), element: el };
}

function messageElements(root: ParentNode): Element[] {
  return queryAll(root, message);
}

function threadRoot(doc: Document): Element | null {
  return doc.querySelector(message)?.parentElement ?? null;
}

export const gorgias = defineAdapter({
  id: 'gorgias',
  name: 'Gorgias',
  matches: ['https://*.gorgias.com/*'],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: message,
  messageElements,
  readMessage,
  threadRoot,
  readTicket(doc) {
    const ticketId = doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined;
    const root = threadRoot(doc);
    if (!ticketId || !root) return undefined;
    const messages = readMessages({ messageElements, readMessage }, root);
    const first = messages.find((m) => m.author === 'customer');
    const name = textOf(doc, customerHeader) ?? parseNameEmail(first ? textOf(first.element, sender) : undefined)?.name;
    const email = textOf(doc, customerEmail)?.toLowerCase();
    return snapshot(ticketId, channelFromLabel(textOf(doc, channelLabel)), messages, {
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
    });
  },
  editor: {
    kind: 'contenteditable',
    find: (doc) => doc.querySelector(replyEditor),
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://acme.gorgias.com/app/ticket/180507823',
    'https://acme.gorgias.com/app/views/33104/180507823',
  ],
  notTicket: [
    'https://acme.gorgias.com/app/views/33104',
    'https://acme.gorgias.com/app/customers/55',
    'https://acme.gorgias.com/app/settings',
    'https://www.gorgias.com/pricing',
  ],
};
