/**
 * Freshdesk (Mint agent UI). Hooks from the team's helpdesk reference (§2): Medium for the item and
 * role classes (roelvanduijnhoven/freshdesk-mint-navigator: snipplet.js; kcgthb/tampermonkey-
 * userscripts: freshdesk-external-reply-color.user.js), Low for author, requester and channel.
 * Not checked against a live tenant; some views reportedly render `.ticket_note` items with no role
 * class: those read as agent here. TODO [2027-06-01]: capture a real ticket and re-check.
 */
import { extractText } from '../dom/text';
import { defineAdapter, parseNameEmail, queryAll, readMessages, snapshot, textOf } from './shared';
import type { MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** One item in the conversation column: the description (`data-album="ticket_<id>"`) and every reply/note. */
export const detailsItem = '.ticket-details__item';
export const detailsItem_: SelectorExpectation = [
  [5, 'ticket-great-but.html'],
  [3, 'ticket-portal.html'],
];

/** Items written by the requester side (Medium). */
export const requestorItem = '.ticket-details__item.ticket-details__requestor';
export const requestorItem_: SelectorExpectation = [
  [3, 'ticket-great-but.html'],
  [2, 'ticket-portal.html'],
];

/** Private notes (Medium); an external reply in a note thread also has the requestor class. */
export const privateNote = '.ticket-details__item.ticket-details__privatenote';
export const privateNote_: SelectorExpectation = [
  [2, 'ticket-great-but.html'],
  [0, 'ticket-portal.html'],
];

const itemText = '[data-test-conversation="conversation-text"], .text-content-wrapper';
const author = '.user';
/** Froala editor (Medium). */
export const froala = '.fr-element.fr-view[contenteditable="true"]';
export const froala_: SelectorExpectation = [
  [1, 'ticket-great-but.html'],
  [0, 'ticket-portal.html'],
];

const TICKET_PATH = /^\/(?:a|helpdesk)\/tickets\/(\d+)(?:\/|$)/;

function ticketIdFromUrl(url: URL): string | undefined {
  return TICKET_PATH.exec(url.pathname)?.[1];
}

function authorOf(el: Element): MessageAuthor {
  if (el.classList.contains('ticket-details__privatenote')) return 'note';
  if (el.classList.contains('ticket-details__requestor')) return 'customer';
  return 'agent';
}

function readMessage(el: Element): ThreadMessage | undefined {
  const id = el.getAttribute('data-album') ?? (el.id || undefined);
  const body = el.querySelector(itemText);
  if (!id || !body) return undefined;
  return { id, author: authorOf(el), text: extractText(body), element: el };
}

function messageElements(root: ParentNode): Element[] {
  return queryAll(root, detailsItem);
}

function threadRoot(doc: Document): Element | null {
  return doc.querySelector('.ticket-details__right') ?? doc.querySelector(detailsItem)?.parentElement ?? null;
}

export const freshdesk = defineAdapter({
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: detailsItem,
  messageElements,
  readMessage,
  threadRoot,
  readTicket(doc) {
    const root = threadRoot(doc);
    const crumb = /#?(\d+)/.exec(textOf(doc, '.breadcrumb__item.active') ?? '')?.[1];
    const ticketId = (doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined) ?? crumb;
    if (!root || !ticketId) return undefined;
    const messages = readMessages({ messageElements, readMessage }, root);
    // The description (first item) is written by the requester (Low: no dedicated requester hook).
    const description = root.querySelector(`${detailsItem}[data-album^="ticket_"]`);
    const requester = parseNameEmail(textOf(description, author));
    // Emailed items carry an .emails-info header; portal/widget items don't (Low).
    const emailed = Boolean(description?.querySelector('.emails-info'));
    return snapshot(ticketId, emailed ? 'email' : 'unknown', messages, requester);
  },
  editor: {
    kind: 'froala',
    find: (doc) => doc.querySelector(froala),
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://acme.freshdesk.com/a/tickets/2417',
    'https://acme.freshdesk.com/a/tickets/9/edit',
    'https://acme.freshdesk.com/helpdesk/tickets/2417',
  ],
  notTicket: [
    'https://acme.freshdesk.com/a/tickets/filters/all_tickets',
    'https://acme.freshdesk.com/a/dashboard/default',
    'https://acme.freshdesk.com/support/tickets/2417',
    'https://acme.freshdesk.com/a/contacts/31',
  ],
};
