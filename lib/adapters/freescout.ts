/**
 * FreeScout (self-hosted; through a custom host). Markup from freescout-help-desk/freescout:
 * resources/views/conversations/partials/thread.blade.php (`.thread.thread-type-<type>#thread-<id>`,
 * `data-thread_id`, `.thread-person`, `.thread-body`), conversations/view.blade.php (`#conv-layout`
 * with `conv-type-<email|phone|chat>`, `<body data-conversation_id>`, `.conv-numnav`),
 * customers/profile_snippet.blade.php (requester) and public/js/main.js (Summernote reply editor).
 * High confidence (source as of 2024-06).
 *
 * FreeScout lists threads newest first (the "To the First Message" arrow points down), so messages
 * are sorted by thread id, which grows with time.
 */
import { extractText } from '../dom/text';
import { defineAdapter, queryAll, snapshot, textOf } from './shared';
import type { Channel, MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** Threads in the main column, drafts excluded (they are the agent's unsent text). */
export const thread = '#conv-layout-main .thread[id^="thread-"]:not(.thread-type-draft)';
export const thread_: SelectorExpectation = [
  [5, 'conversation-email.html'],
  [4, 'conversation-phone.html'],
];

export const customerThread = '.thread.thread-type-customer';
export const customerThread_: SelectorExpectation = [
  [2, 'conversation-email.html'],
  [1, 'conversation-phone.html'],
];

const customerName = '#conv-layout-customer .customer-snippet .customer-name';
const customerEmail = '#conv-layout-customer .customer-snippet .customer-email .contact-main';
/** Summernote's editable (after main.js starts it) or the textarea it replaces. */
export const summernote = 'form.form-reply .note-editable[contenteditable="true"]';
export const replyTextarea = 'form.form-reply textarea#body[name="body"]';
export const summernote_: SelectorExpectation = [
  [1, 'conversation-email.html'],
  [0, 'conversation-phone.html'],
];

// routes/web.php: /conversation/{id}; FreeScout may live under one sub-path segment (/helpdesk).
// Exactly one numeric segment after it: Help Scout's /conversation/<id>/<number> is not FreeScout's,
// nor is Intercom's /a/inbox/<ws>/inbox/…/conversation/<id>.
const CONVERSATION_PATH = /^(?:\/[\w.-]+)?\/conversation\/(\d+)\/?$/;

function ticketIdFromUrl(url: URL): string | undefined {
  return CONVERSATION_PATH.exec(url.pathname)?.[1];
}

const TYPES: Record<string, MessageAuthor> = {
  customer: 'customer',
  message: 'agent',
  note: 'note',
  lineitem: 'system',
};

function authorOf(el: Element): MessageAuthor {
  const type = /\bthread-type-(\w+)/.exec(el.className)?.[1] ?? '';
  return TYPES[type] ?? 'system';
}

function threadId(el: Element): string | undefined {
  return el.getAttribute('data-thread_id') ?? /^thread-(\d+)$/.exec(el.id)?.[1];
}

function readMessage(el: Element): ThreadMessage | undefined {
  const id = threadId(el);
  if (!id) return undefined;
  const author = authorOf(el);
  // Line items ("Assigned to Anna") have no body: their title is the event.
  const content = el.querySelector(author === 'system' ? '.thread-title' : '.thread-body');
  if (!content) return undefined;
  const text = extractText(content, { remove: ['.thread-attachments', '.alert', '.thread-badge'] });
  return { id, author, text, element: el };
}

function messageElements(root: ParentNode): Element[] {
  return queryAll(root, thread).sort((a, b) => Number(threadId(a) ?? 0) - Number(threadId(b) ?? 0));
}

function channelOf(doc: Document): Channel {
  const layout = doc.getElementById('conv-layout')?.className ?? '';
  if (/\bconv-type-email\b/.test(layout)) return 'email';
  if (/\bconv-type-chat\b/.test(layout)) return 'chat';
  return 'unknown'; // phone, custom
}

export const freescout = defineAdapter({
  id: 'freescout',
  name: 'FreeScout',
  matches: [],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: thread,
  messageElements,
  readMessage,
  threadRoot: (doc) => doc.getElementById('conv-layout-main'),
  readTicket(doc) {
    const ticketId = doc.body?.getAttribute('data-conversation_id') || (doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined);
    if (!ticketId || !doc.getElementById('conv-layout-main')) return undefined;
    const messages: ThreadMessage[] = [];
    for (const el of messageElements(doc)) {
      const message = readMessage(el);
      if (message) messages.push(message);
    }
    const name = textOf(doc, customerName);
    const email = textOf(doc, customerEmail)?.toLowerCase();
    return snapshot(ticketId, channelOf(doc), messages, { ...(name ? { name } : {}), ...(email ? { email } : {}) });
  },
  editor: {
    kind: 'summernote',
    find: (doc) =>
      doc.querySelector(summernote) ??
      // Before Summernote starts the textarea is the editor; after, it's hidden inside .note-editor.
      (doc.querySelector('form.form-reply .note-editor') ? null : doc.querySelector(replyTextarea)),
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://support.example.com/conversation/1182?folder_id=3',
    'https://support.example.com/conversation/77',
    'https://example.org/helpdesk/conversation/4051',
  ],
  notTicket: [
    'https://support.example.com/mailbox/1/3',
    'https://support.example.com/conversation/create/1',
    'https://support.example.com/customers/12/edit',
    'https://support.example.com/',
  ],
};
