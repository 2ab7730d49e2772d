/**
 * Intercom inbox. Hooks from the team's helpdesk reference (§3): URL Medium
 * (ellysus/intercom-inbox-of-love: extension/app.js); stream, parts and roles Low-Medium (one
 * extension, "Support Copilot for Intercom"); reply composer Medium. Intercom's classes churn
 * (`inbox2__*` → `inbox-2__*` → Tailwind in 2026), so each hook lists its known variants.
 * TODO [2027-06-01]: capture a real conversation and re-check the part-group categories.
 *
 * A "part group" is consecutive parts by one author; a chat line from the same person is appended
 * to the open group, so the observer reports the group as changed and it is re-read whole.
 */
import { extractText } from '../dom/text';
import { defineAdapter, parseNameEmail, queryAll, readMessages, snapshot, textOf } from './shared';
import type { MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** Stream container (Low-Medium). */
export const stream = '[data-testid="conversation-stream-scroll-container"], .inbox-2__conversation-stream, .inbox2__conversation-stream';
export const stream_: SelectorExpectation = [
  [1, 'conversation-live-chat.html'],
  [1, 'conversation-email.html'],
];

/** Part groups (legacy `data-part-group-id`, Low-Medium). */
export const partGroup = '[data-part-group-id]';
export const partGroup_: SelectorExpectation = [
  [6, 'conversation-live-chat.html'],
  [3, 'conversation-email.html'],
];

/** Customer groups: category 1 (Low). */
export const customerGroup = '[data-part-group-id][data-part-group-category="1"]';
export const customerGroup_: SelectorExpectation = [
  [2, 'conversation-live-chat.html'],
  [2, 'conversation-email.html'],
];

const partBody = '.interblocks-html, .inbox-2__break-words, .inbox-2__user-email-content';
const emailPart = '.inbox-2__user-email-part, .channels__inbox__email-metadata-container';
const headerTitle = '[data-inbox-conversation-header-title], .inbox-2__conversation-title';
const detailsEmail = '.inbox2__conversation-details-sidebar a[href^="mailto:"], .inbox-2__conversation-details-sidebar a[href^="mailto:"]';
/** Reply composer (Medium). */
export const composer = '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"], .embercom-prosemirror-composer-editor[contenteditable="true"]';
export const composer_: SelectorExpectation = [
  [1, 'conversation-live-chat.html'],
  [1, 'conversation-email.html'],
];

// /a/inbox/<workspace>/inbox/<view…>/conversation/<id>; legacy /a/apps/<app>/conversations/<id>.
const CONVERSATION_PATH = /^\/a\/(?:inbox\/[^/]+\/inbox\/(?:[^/]+\/)*conversation|apps\/[^/]+\/conversations)\/(\d+)\/?$/;

function ticketIdFromUrl(url: URL): string | undefined {
  return CONVERSATION_PATH.exec(url.pathname)?.[1];
}

/** data-part-group-category: 1 customer, 3 teammate, 5 bot, 4 note, 20 system (Low). */
const CATEGORIES: Record<string, MessageAuthor> = { '1': 'customer', '3': 'agent', '5': 'agent', '4': 'note', '20': 'system' };

function authorOf(el: Element): MessageAuthor {
  const category = el.getAttribute('data-part-group-category');
  const known = category ? CATEGORIES[category] : undefined;
  if (known) return known;
  // 2026 Tailwind layout (Low): teammate parts are right-aligned.
  const cls = el.className;
  if (/\b(justify-end|flex-row-reverse)\b/.test(cls)) return 'agent';
  if (/\bjustify-start\b/.test(cls)) return 'customer';
  return 'system';
}

function readMessage(el: Element): ThreadMessage | undefined {
  const id = el.getAttribute('data-part-group-id');
  const bodies = queryAll(el, partBody).filter((b) => !b.parentElement?.closest(partBody));
  if (!id || bodies.length === 0) return undefined;
  const text = bodies.map((b) => extractText(b)).filter(Boolean).join('\n');
  return { id, author: authorOf(el), text, element: el };
}

function messageElements(root: ParentNode): Element[] {
  return queryAll(root, partGroup);
}

export const intercom = defineAdapter({
  id: 'intercom',
  name: 'Intercom',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: partGroup,
  messageElements,
  readMessage,
  threadRoot: (doc) => doc.querySelector(stream),
  readTicket(doc) {
    const ticketId = doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined;
    const root = doc.querySelector(stream);
    if (!ticketId || !root) return undefined;
    const messages = readMessages({ messageElements, readMessage }, root);
    const name = textOf(doc, headerTitle);
    const email = parseNameEmail(textOf(doc, detailsEmail))?.email;
    return snapshot(ticketId, root.querySelector(emailPart) ? 'email' : 'chat', messages, {
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
    });
  },
  editor: {
    kind: 'prosemirror',
    find: (doc) => doc.querySelector(composer),
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://app.intercom.com/a/inbox/abc123/inbox/conversation/187000012345',
    'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/187000012345',
    'https://app.eu.intercom.com/a/inbox/x9/inbox/admin/5521/conversation/42',
    'https://app.intercom.com/a/apps/abc123/conversations/42',
  ],
  notTicket: [
    'https://app.intercom.com/a/inbox/abc123/inbox/shared/all',
    'https://app.intercom.com/a/apps/abc123/users/segments/active',
    'https://app.intercom.com/a/apps/abc123/articles',
    'https://www.intercom.com/help/en/articles/1',
  ],
};
