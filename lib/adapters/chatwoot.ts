/**
 * Chatwoot (Cloud at app.chatwoot.com, or self-hosted through a custom host). Markup from
 * chatwoot/chatwoot: app/javascript/dashboard/components-next/message/Message.vue (the message row
 * `#message<id>[data-message-id]`), bubbles/Base.vue (variant colours), bubbles/Text/Index.vue and
 * Text/FormattedContent.vue (`data-bubble-name="text"`, body `span.prose.prose-bubble`),
 * bubbles/Email/Index.vue (`data-bubble-name="email"`, incoming mail in vue-letter's
 * `.prose-email`, outgoing in `.prose-bubble`) and conversation/contact/ContactInfo.vue (requester).
 *
 * Why colours and not left/right: in Message.vue only the *current* agent's messages sit right
 * (`justify-end`); other agents' replies sit left like the customer's. The variant colour from
 * Base.vue is what tells them apart: user `bg-n-slate-4`, agent `bg-n-solid-blue`, private note
 * `bg-n-solid-amber`, bot/template `bg-n-solid-iris`, activity `bg-n-alpha-1`. Email bubbles have no
 * colour (`w-full`): there, incoming (customer) mail renders through vue-letter (`.prose-email`).
 * High confidence for the current UI (2025-2026); the older `li.left/.right` UI is not read.
 */
import { extractText } from '../dom/text';
import { defineAdapter, parseNameEmail, queryAll, readMessages, snapshot, textOf } from './shared';
import type { MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** One message row (Message.vue). */
export const messageRow = '[data-message-id][id^="message"]';
export const messageRow_: SelectorExpectation = [
  [7, 'conversation-live-chat.html'],
  [4, 'conversation-email.html'],
];

/** Customer chat bubbles (Base.vue USER variant). */
export const userBubble = '[data-bubble-name].bg-n-slate-4';
export const userBubble_: SelectorExpectation = [
  [3, 'conversation-live-chat.html'],
  [0, 'conversation-email.html'],
];

export const privateBubble = '[data-bubble-name].bg-n-solid-amber';
export const privateBubble_: SelectorExpectation = [
  [1, 'conversation-live-chat.html'],
  [1, 'conversation-email.html'],
];

const bubble = '[data-bubble-name]';
const body = '.prose-email, .prose-bubble';
const contactName = '.contact--profile .contact--name';
const contactEmail = '.contact--profile .contact--metadata a[href^="mailto:"]';
/** Reply editor (WootWriter/Editor.vue): ProseMirror with Chatwoot's class. */
export const replyEditor = '.ProseMirror-woot-style[contenteditable="true"]';
export const replyEditor_: SelectorExpectation = [
  [1, 'conversation-live-chat.html'],
  [1, 'conversation-email.html'],
];

// conversation.routes.js: the conversation sits under the inbox, label, team, custom view or mentions routes.
const CONVERSATION_PATH = /^\/app\/accounts\/\d+\/(?:[^?#]*\/)?conversations\/(\d+)\/?$/;

function ticketIdFromUrl(url: URL): string | undefined {
  return CONVERSATION_PATH.exec(url.pathname)?.[1];
}

function authorOf(row: Element): MessageAuthor {
  const b = row.querySelector(bubble);
  if (!b || b.getAttribute('data-bubble-name') === 'activity' || b.classList.contains('bg-n-alpha-1')) return 'system';
  if (b.classList.contains('bg-n-solid-amber')) return 'note';
  if (b.getAttribute('data-bubble-name') === 'email') return b.querySelector('.prose-email') ? 'customer' : 'agent';
  if (b.classList.contains('bg-n-slate-4')) return 'customer';
  return 'agent'; // bg-n-solid-blue (agent), bg-n-solid-iris (bot, template)
}

function readMessage(el: Element): ThreadMessage | undefined {
  const id = el.getAttribute('data-message-id');
  const b = el.querySelector(bubble);
  if (!id || !b) return undefined;
  const author = authorOf(el);
  const content = author === 'system' ? b : b.querySelector(body);
  if (!content) return undefined;
  return { id, author, text: extractText(content), element: el };
}

function messageElements(root: ParentNode): Element[] {
  return queryAll(root, messageRow);
}

function threadRoot(doc: Document): Element | null {
  return doc.querySelector('.conversation-panel') ?? doc.querySelector(messageRow)?.parentElement ?? null;
}

export const chatwoot = defineAdapter({
  id: 'chatwoot',
  name: 'Chatwoot',
  // Chatwoot Cloud is hosted; self-hosted installs come through customHosts.
  matches: ['https://app.chatwoot.com/*'],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: messageRow,
  messageElements,
  readMessage,
  threadRoot,
  readTicket(doc) {
    const ticketId = doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined;
    const root = threadRoot(doc);
    if (!ticketId || !root) return undefined;
    const messages = readMessages({ messageElements, readMessage }, root);
    const name = textOf(doc, contactName);
    const email = parseNameEmail(textOf(doc, contactEmail))?.email;
    const emailInbox = root.querySelector('[data-bubble-name="email"]') !== null;
    return snapshot(ticketId, emailInbox ? 'email' : 'chat', messages, {
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
    });
  },
  editor: {
    kind: 'prosemirror',
    find: (doc) => doc.querySelector(replyEditor),
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://app.chatwoot.com/app/accounts/1/conversations/231',
    'https://chat.example.com/app/accounts/3/inbox/7/conversations/4410',
    'https://chat.example.com/app/accounts/3/label/billing/conversations/88',
    'https://chat.example.com/app/accounts/3/mentions/conversations/12',
  ],
  notTicket: [
    'https://app.chatwoot.com/app/accounts/1/dashboard',
    'https://app.chatwoot.com/app/accounts/1/contacts/55',
    'https://app.chatwoot.com/app/accounts/1/inbox/7',
    'https://app.chatwoot.com/app/login',
  ],
};
