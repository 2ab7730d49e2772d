/**
 * Help Scout (classic conversation view). Hooks from the team's helpdesk reference (§4): URL High;
 * threads `article.thread#thread-<id>` and body `section.messageBody` Medium
 * (trentslutzky/helpscout-thread-hider: threadhider.js); `.customer` confirmed there, the other type
 * classes (`message`, `note`, `lineitem`) are presumed to mirror the API's thread types (Low).
 * The newer UI (`[data-testid="ThreadContainer"]`, `li > div[id^="thread-"]`) has no known role hook
 * and is not read. Requester: the first customer thread's author (no sidebar hook is known).
 * TODO [2027-06-01]: capture the new UI and add it.
 */
import { extractText } from '../dom/text';
import { defineAdapter, queryAll, readMessages, snapshot, textOf } from './shared';
import type { MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** One thread (Medium). */
export const thread = 'article.thread[id^="thread-"]';
export const thread_: SelectorExpectation = [
  [5, 'conversation-classic.html'],
  [3, 'conversation-chat.html'],
];

/** Customer threads (Medium: the class is confirmed by threadhider.js). */
export const customerThread = 'article.thread.customer';
export const customerThread_: SelectorExpectation = [
  [2, 'conversation-classic.html'],
  [2, 'conversation-chat.html'],
];

const body = 'section.messageBody';
const person = 'section.threadHeader .meta strong, section.threadHeader [data-nocollapse="true"]';
/** Reply editor (Low; appears after "Reply" is clicked). */
export const replyEditor = '[data-cy="ConvoEditor"] [contenteditable="true"], [role="textbox"][aria-label="Reply Editor"][contenteditable="true"]';
export const replyEditor_: SelectorExpectation = [
  [1, 'conversation-classic.html'],
  [0, 'conversation-chat.html'],
];

// /conversation/<conversationId>/<number>: two numbers (FreeScout's /conversation/<id> has one).
const CONVERSATION_PATH = /^\/conversation\/(\d+)\/\d+\/?$/;

function ticketIdFromUrl(url: URL): string | undefined {
  return CONVERSATION_PATH.exec(url.pathname)?.[1];
}

function authorOf(el: Element): MessageAuthor {
  const cls = el.classList;
  if (cls.contains('note')) return 'note';
  if (cls.contains('customer')) return 'customer';
  if (cls.contains('lineitem')) return 'system';
  return 'agent'; // message / reply
}

function readMessage(el: Element): ThreadMessage | undefined {
  const id = /^thread-(\d+)$/.exec(el.id)?.[1];
  const content = el.querySelector(authorOf(el) === 'system' ? 'section.threadHeader, .lineitem-text' : body);
  if (!id || !content) return undefined;
  return { id, author: authorOf(el), text: extractText(content), element: el };
}

function messageElements(root: ParentNode): Element[] {
  return queryAll(root, thread);
}

function threadRoot(doc: Document): Element | null {
  return doc.querySelector(thread)?.parentElement ?? null;
}

export const helpscout = defineAdapter({
  id: 'helpscout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: thread,
  messageElements,
  readMessage,
  threadRoot,
  readTicket(doc) {
    const ticketId = doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined;
    const root = threadRoot(doc);
    if (!ticketId || !root) return undefined;
    // Help Scout shows the newest thread first; ids grow with time.
    const messages = readMessages({ messageElements, readMessage }, root).sort((a, b) => Number(a.id) - Number(b.id));
    const first = messages.find((m) => m.author === 'customer');
    const name = first ? textOf(first.element, person) : undefined;
    const chat = root.querySelector('article.thread.chat') !== null;
    return snapshot(ticketId, chat ? 'chat' : 'email', messages, name ? { name } : undefined);
  },
  editor: {
    kind: 'contenteditable',
    find: (doc) => doc.querySelector(replyEditor),
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://secure.helpscout.net/conversation/2213345678/4471?folderId=123',
    'https://secure.helpscout.net/conversation/2213345678/4471/',
  ],
  notTicket: [
    'https://secure.helpscout.net/mailbox/abc123/123/',
    'https://secure.helpscout.net/dashboard/',
    'https://secure.helpscout.net/customer/99/0/',
  ],
};
