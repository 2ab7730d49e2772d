/**
 * Request Tracker 5. Verified on a running RT 5.0.3 (Debian bookworm packages, see
 * test/support/rt/setup.sh); markup from bestpractical/rt: share/html/Elements/ShowTransaction and
 * lib/RT/Record.pm. The ticket history is not in the page: it loads by AJAX from
 * /Helpers/TicketHistory?id=<id> into #delayed_ticket_history, so observe that element.
 *
 * RT marks no transaction as customer or agent: Create, Correspond and Comment all render as
 * `.transaction.Ticket-transaction.message`. We tell them apart by the `.description` text
 * ("Ticket created" / "Correspondence added" / "Comments added", English UI) and by whether the
 * transaction's creator (`.description .user[data-user-id]`) is one of the ticket's requestors
 * (`.ticket-info-people .requestors`).
 */
import { extractText } from '../dom/text';
import { defineAdapter, parseNameEmail, queryAll, readMessages, snapshot, textOf } from './shared';
import type { MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** Transactions that carry a message (Create, Correspond, Comment); not status/email-record rows. */
export const messageTransaction = '.transaction.Ticket-transaction.message[data-transaction-id]';
export const messageTransaction_: SelectorExpectation = [
  [4, 'ticket-display.html'],
  [0, 'ticket-display-loading.html'],
];

/** Every history row, for the record: the other three are EmailRecord ×2 and Status. */
export const anyTransaction = '.transaction.Ticket-transaction';
export const anyTransaction_: SelectorExpectation = [[7, 'ticket-display.html']];

/** Where the AJAX history lands (present before it has loaded). */
export const historyRoot = '#delayed_ticket_history';
export const historyRoot_: SelectorExpectation = [
  [1, 'ticket-display.html'],
  [1, 'ticket-display-loading.html'],
];

/** Requestors in the People box: `<span class="user" data-user-id="27"><a>Jane Customer &lt;jane…&gt;</a>`. */
export const requestorUser = '.ticket-info-people .requestors .value .user[data-user-id]';
export const requestorUser_: SelectorExpectation = [
  [1, 'ticket-display.html'],
  [1, 'ticket-display-loading.html'],
];

/** The message text; nested stanzas are RT's folded quotes, the folder is its "Show quoted text". */
const messageBody = '.messagebody';
const quoteChrome = ['.message-stanza-folder', '.message-stanza .message-stanza'];

/** Reply editor: CKEditor 4 in a same-origin iframe, or its textarea before CKEditor starts. */
export const ckeditorFrame = '#cke_UpdateContent iframe.cke_wysiwyg_frame';
export const updateTextarea = 'textarea#UpdateContent';
export const updateTextarea_: SelectorExpectation = [
  [1, 'ticket-update.html'],
  [0, 'ticket-display.html'],
];

const TICKET_PATH = /\/Ticket\/(?:Display|Update|History)\.html$/;

function ticketIdFromUrl(url: URL): string | undefined {
  if (!TICKET_PATH.test(url.pathname)) return undefined;
  const id = url.searchParams.get('id');
  return id && /^\d+$/.test(id) ? id : undefined;
}

function requestorIds(doc: Document): Set<string> {
  return new Set(queryAll(doc, requestorUser).map((el) => el.getAttribute('data-user-id') ?? ''));
}

/** "#1: Lamp order…" or "Update ticket #1: Lamp order…" in #header h1. */
function ticketIdFromHeader(doc: Document): string | undefined {
  return /#(\d+):/.exec(textOf(doc, '#header h1') ?? '')?.[1];
}

function authorOf(el: Element, requestors: Set<string>): MessageAuthor {
  const description = el.querySelector('.metadata .description');
  const what = description?.textContent ?? '';
  if (/Comments? added/i.test(what)) return 'note';
  const creator = description?.querySelector('.user[data-user-id]')?.getAttribute('data-user-id') ?? '';
  if (/Ticket created|Correspondence added/i.test(what)) return requestors.has(creator) ? 'customer' : 'agent';
  return 'system';
}

function readMessageWith(el: Element, requestors: Set<string>): ThreadMessage | undefined {
  const id = el.getAttribute('data-transaction-id');
  const body = el.querySelector(messageBody);
  if (!id || !body) return undefined;
  const author = authorOf(el, requestors);
  const text = extractText(body, { remove: quoteChrome });
  return { id, author, text, element: el };
}

function readMessage(el: Element): ThreadMessage | undefined {
  return readMessageWith(el, requestorIds(el.ownerDocument));
}

function messageElements(root: ParentNode): Element[] {
  return queryAll(root, messageTransaction);
}

function threadRoot(doc: Document): Element | null {
  return doc.querySelector(historyRoot) ?? doc.querySelector('.history-container');
}

export const rt = defineAdapter({
  id: 'rt',
  name: 'Request Tracker',
  matches: [],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: messageTransaction,
  messageElements,
  readMessage,
  threadRoot,
  readTicket(doc) {
    const ticketId = ticketIdFromHeader(doc) ?? (doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined);
    if (!ticketId) return undefined;
    const requestors = requestorIds(doc);
    const root = threadRoot(doc) ?? doc;
    const messages = readMessages({ messageElements, readMessage: (el) => readMessageWith(el, requestors) }, root);
    const requester = parseNameEmail(textOf(doc, requestorUser));
    // Mail-gateway transactions show their From: header; web-created ones have none.
    const emailed = messages.some(
      (m) => m.author === 'customer' && queryAll(m.element, '.message-header-key').some((k) => /^From:?$/.test(k.textContent?.trim() ?? '')),
    );
    return snapshot(ticketId, emailed ? 'email' : 'unknown', messages, requester);
  },
  editor: {
    kind: 'ckeditor4',
    find(doc) {
      const frame = doc.querySelector<HTMLIFrameElement>(ckeditorFrame);
      if (frame) {
        // Same origin, so contentDocument is readable; null while CKEditor is still starting.
        const body = frame.contentDocument?.body ?? null;
        return body && (body.isContentEditable || body.getAttribute('contenteditable') === 'true') ? body : null;
      }
      // Before CKEditor replaces it (or with the rich editor turned off) the textarea is the editor.
      // Once #cke_UpdateContent exists the textarea is hidden and overwritten on submit: don't use it.
      if (doc.getElementById('cke_UpdateContent')) return null;
      return doc.querySelector(updateTextarea);
    },
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://rt.example.org/Ticket/Display.html?id=1',
    'http://localhost:8088/Ticket/Display.html?id=1',
    'https://support.example.org/rt/Ticket/Display.html?id=4821',
    'https://rt.example.org/Ticket/Update.html?id=1&Action=Respond',
  ],
  notTicket: [
    'https://rt.example.org/',
    'https://rt.example.org/Search/Results.html?Query=Status%3D%27new%27',
    'https://rt.example.org/Ticket/Display.html',
    'https://rt.example.org/Ticket/Create.html?Queue=1',
  ],
};
