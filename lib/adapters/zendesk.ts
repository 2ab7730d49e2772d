/**
 * Zendesk Agent Workspace. Hooks from the team's helpdesk reference (§1): `data-test-id` attributes
 * survive Zendesk's styled-components class churn. Not checked against a live tenant: the fixtures
 * follow the reference, not a capture.
 *
 * Several tickets share the DOM (one pane per open tab, `#main_panes`): everything is scoped to the
 * active pane, `.ticket-panes-grid-layout[data-is-active="true"]` (Medium: BagToad/Auto-Hide-Zendesk-
 * Composer; holatuwol/liferay-zendesk-userscript: src/main.ts).
 */
import { extractText } from '../dom/text';
import { channelFromLabel, defineAdapter, parseNameEmail, queryAll, readMessages, snapshot, textOf } from './shared';
import type { MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** The active ticket tab's pane (Medium). */
export const activePane = '.ticket-panes-grid-layout[data-is-active="true"]';
export const activePane_: SelectorExpectation = [
  [1, 'ticket-great-but.html'],
  [1, 'two-tickets.html'],
];

/** Per-ticket root carrying the ticket id (Medium). */
export const ticketRoot = '[data-side-conversations-anchor-id]';
export const ticketRoot_: SelectorExpectation = [
  [1, 'ticket-great-but.html'],
  [2, 'two-tickets.html'],
];

/** One comment, reply or note in the conversation log (High: liferay-zendesk-userscript src/permalink.ts). */
export const commentItem = 'article[data-test-id="omni-log-comment-item"]';
export const commentItem_: SelectorExpectation = [
  [4, 'ticket-great-but.html'],
  [7, 'two-tickets.html'], // 2 in the inactive tab + 5 in the active one
];

/** The message box; its `type` is end-user / agent / internal (Medium-High: BagToad/remove-blue-background…). */
export const messageBox = 'div[data-test-id="omni-log-item-message"]';
export const endUserMessage = 'div[data-test-id="omni-log-item-message"][type="end-user"]';
export const endUserMessage_: SelectorExpectation = [
  [2, 'ticket-great-but.html'],
  [4, 'two-tickets.html'],
];

/** Internal note tag inside the article (High: liferay-zendesk-userscript src/internal.ts). */
export const internalNoteTag = '[data-test-id="omni-log-internal-note-tag"]';
export const internalNoteTag_: SelectorExpectation = [
  [1, 'ticket-great-but.html'],
  [1, 'two-tickets.html'],
];

const messageContent = '[data-test-id="omni-log-message-content"]';
const logContainer = '[data-test-id="omni-log-container"]';
const viaLabel = '[data-test-id="omni-header-via-label"]';
const requesterName = '[data-test-id="tooltip-requester-name"], [data-test-id="ticket-system-field-requester-select"]';
/** Rich text composer, CKEditor 5 (Medium: liferay-zendesk-userscript src/reply.ts); plain-text variant as fallback. */
export const composer =
  '.ck-editor__editable[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"], [data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"], .zendesk-editor--rich-text-container [contenteditable="true"]';
export const composer_: SelectorExpectation = [
  [1, 'ticket-great-but.html'],
  [2, 'two-tickets.html'], // each open tab keeps its composer; only the active one is used
];

const TICKET_PATH = /^\/agent\/tickets\/(\d+)(?:\/|$)/;

function ticketIdFromUrl(url: URL): string | undefined {
  return TICKET_PATH.exec(url.pathname)?.[1];
}

/** The active pane, or the page itself when the workspace shows a single ticket without panes. */
function activeScope(doc: Document): Element | undefined {
  const pane = doc.querySelector(activePane);
  if (pane) return pane;
  const roots = doc.querySelectorAll(ticketRoot);
  return roots.length === 1 && !doc.querySelector('.ticket-panes-grid-layout') ? roots[0]?.parentElement ?? undefined : undefined;
}

function authorOf(article: Element): MessageAuthor {
  const box = article.querySelector(messageBox);
  const type = box?.getAttribute('type');
  if (type === 'internal' || article.querySelector(internalNoteTag)) return 'note';
  if (type === 'end-user') return 'customer';
  if (type === 'agent') return 'agent';
  return 'system';
}

/** `comment-<auditId>` (newer) or `data-comment-id` (older). */
function commentId(article: Element): string | undefined {
  const fromId = /^comment-(\d+)$/.exec(article.id)?.[1];
  return fromId ?? article.getAttribute('data-comment-id') ?? undefined;
}

function readMessage(el: Element): ThreadMessage | undefined {
  const id = commentId(el);
  const content = el.querySelector(messageContent);
  if (!id || !content) return undefined;
  return { id, author: authorOf(el), text: extractText(content), element: el };
}

function messageElements(root: ParentNode): Element[] {
  const scope = root.nodeType === 9 ? activeScope(root as Document) : root;
  return scope ? queryAll(scope, commentItem) : [];
}

export const zendesk = defineAdapter({
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['https://*.zendesk.com/*'],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: commentItem,
  messageElements,
  readMessage,
  threadRoot: (doc) => activeScope(doc)?.querySelector(logContainer) ?? null,
  readTicket(doc) {
    const scope = activeScope(doc);
    if (!scope) return undefined;
    const ticketId =
      scope.querySelector(ticketRoot)?.getAttribute('data-side-conversations-anchor-id') ??
      (scope.matches(ticketRoot) ? scope.getAttribute('data-side-conversations-anchor-id') : null) ??
      (doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined);
    if (!ticketId) return undefined;
    const messages = readMessages({ messageElements, readMessage }, scope);
    // The DOM shows the requester's name only; the email needs /api/v2/users/<id>.json (reference §1).
    const requester = parseNameEmail(textOf(scope, requesterName));
    return snapshot(ticketId, channelFromLabel(textOf(scope, viaLabel)), messages, requester);
  },
  editor: {
    kind: 'ckeditor5',
    find: (doc) => activeScope(doc)?.querySelector(composer) ?? null,
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://acme.zendesk.com/agent/tickets/4815',
    'https://acme.zendesk.com/agent/tickets/12/events',
    'https://support-eu.zendesk.com/agent/tickets/998877',
  ],
  notTicket: [
    'https://acme.zendesk.com/agent/dashboard',
    'https://acme.zendesk.com/agent/filters/360000000001',
    'https://acme.zendesk.com/agent/tickets/new/1',
    'https://acme.zendesk.com/hc/en-us/requests/4815',
  ],
};
