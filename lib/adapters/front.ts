/**
 * Front. LOW-MEDIUM CONFIDENCE: hooks from one Front content script (Feb 2026) cited in the team's
 * helpdesk reference (§6). Front is React + styled-components, whose generated class names keep a
 * readable `<file>__<StyledComponent>` fragment across deploys, so we match `[class*="…"]` fragments:
 *   message  `messageViewerBase__StyledMessageDiv` (also `role="article"`)
 *   body     `messageHtml__StyledHtmlDiv` / `messageViewerEmailBody__StyledEmailDiv`, collapsed
 *            `messageViewerCollapsed__StyledBlurbDiv` (a blurb: older messages read truncated)
 *   handle   `messageViewerRecipient__StyledHandleSpan` ("Name <email>")
 * Comments (internal discussion) are separate components; their fragment is not documented: we
 * guess `commentViewer`/`commentBase` (no source).
 *
 * Customer vs teammate: Front marks neither. Heuristic (documented choice):
 *  1. if the team configured its teammate addresses/domains (`createFrontAdapter({ teammates })`),
 *     a message whose handle email matches one is a teammate's, every other one is the customer's;
 *  2. otherwise the customer is whoever sent the conversation's first message (support inboxes
 *     start with the customer's email), and later messages from that same address are theirs;
 *     messages from any other address are teammates'.
 * Rule 2 fails on conversations a teammate started (outbound): those need rule 1.
 * The official alternative is Front's Plugin SDK (a sidebar iframe), out of scope here.
 */
import { extractText } from '../dom/text';
import { defineAdapter, parseNameEmail, queryAll, snapshot, textOf } from './shared';
import type { HelpdeskAdapter, MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

/** One message or comment. */
export const messageItem = '[class*="messageViewerBase__StyledMessageDiv"], [class*="commentViewer__StyledComment"], [class*="commentBase__StyledComment"]';
export const messageItem_: SelectorExpectation = [
  [5, 'conversation-email.html'],
  [3, 'conversation-outbound.html'],
];

export const commentItem = '[class*="commentViewer__StyledComment"], [class*="commentBase__StyledComment"]';
export const commentItem_: SelectorExpectation = [
  [1, 'conversation-email.html'],
  [0, 'conversation-outbound.html'],
];

const messageBody = '[class*="messageHtml__StyledHtmlDiv"], [class*="messageViewerEmailBody__StyledEmailDiv"], [class*="messageViewerCollapsed__StyledBlurbDiv"], [class*="commentBody"]';
const handle = '[class*="messageViewerRecipient__StyledHandleSpan"], [data-account-name]';
/** Composer (no source: Front's editor markup is undocumented; a contenteditable in the composer). */
export const composer = '[class*="composer"] [contenteditable="true"], [class*="Composer"] [contenteditable="true"]';
export const composer_: SelectorExpectation = [
  [1, 'conversation-email.html'],
  [0, 'conversation-outbound.html'],
];

const CONVERSATION = /\/(cnv_[a-zA-Z0-9]+)(?:\/|$)/;
const PERMALINK = /\/open\/(cnv_[a-zA-Z0-9]+|msg_[a-zA-Z0-9]+)\/?$/;

function ticketIdFromUrl(url: URL): string | undefined {
  return CONVERSATION.exec(url.pathname)?.[1] ?? PERMALINK.exec(url.pathname)?.[1];
}

export interface FrontOptions {
  /** Teammate addresses (`ana@acme.com`) or domains (`@acme.com`). */
  teammates?: readonly string[];
}

function handleEmail(el: Element): string | undefined {
  const h = el.querySelector(handle);
  const raw = h?.getAttribute('data-account-name') ?? h?.textContent ?? undefined;
  return parseNameEmail(raw)?.email;
}

function isComment(el: Element): boolean {
  return /comment(Viewer|Base)__StyledComment/.test(el.className);
}

export function createFrontAdapter(options: FrontOptions = {}): HelpdeskAdapter {
  const teammates = (options.teammates ?? []).map((t) => t.toLowerCase());
  const isTeammate = (email: string) => teammates.some((t) => (t.startsWith('@') ? email.endsWith(t) : email === t));

  /** The customer's address: rule 2 (first sender) unless teammates are configured. */
  function customerAddress(doc: Document): string | undefined {
    for (const el of queryAll(doc, messageItem)) {
      if (isComment(el)) continue;
      const email = handleEmail(el);
      if (email && !isTeammate(email)) return email;
      if (email && teammates.length === 0) return email;
    }
    return undefined;
  }

  function authorWith(el: Element, customer: string | undefined): MessageAuthor {
    if (isComment(el)) return 'note';
    const email = handleEmail(el);
    if (!email) return 'system';
    if (teammates.length > 0) return isTeammate(email) ? 'agent' : 'customer';
    return email === customer ? 'customer' : 'agent';
  }

  /** Front's message ids are not in the DOM we know of: use one if present, else the position. */
  function idOf(el: Element, index: number): string {
    return el.getAttribute('data-message-id') || el.id || `#${index}`;
  }

  function readWith(el: Element, customer: string | undefined, index: number): ThreadMessage | undefined {
    const body = el.querySelector(messageBody);
    if (!body) return undefined;
    return { id: idOf(el, index), author: authorWith(el, customer), text: extractText(body), element: el };
  }

  const messageElements = (root: ParentNode) => queryAll(root, messageItem);
  const threadRoot = (doc: Document) => doc.querySelector(messageItem)?.parentElement ?? null;

  return defineAdapter({
    id: 'front',
    name: 'Front',
    matches: ['https://app.frontapp.com/*'],
    isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
    ticketIdFromUrl,
    messageSelector: messageItem,
    messageElements,
    readMessage: (el) => readWith(el, customerAddress(el.ownerDocument), queryAll(el.ownerDocument, messageItem).indexOf(el)),
    threadRoot,
    readTicket(doc) {
      const root = threadRoot(doc);
      const fromUrl = doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined;
      const viewer = doc.querySelector('[data-testid^="viewer-cnv_"]')?.getAttribute('data-testid')?.slice('viewer-'.length);
      const ticketId = fromUrl ?? viewer;
      if (!root || !ticketId) return undefined;
      const customer = customerAddress(doc);
      const messages: ThreadMessage[] = [];
      for (const [index, el] of queryAll(doc, messageItem).entries()) {
        const m = readWith(el, customer, index);
        if (m) messages.push(m);
      }
      const first = messages.find((m) => m.author === 'customer');
      const requester = first ? parseNameEmail(textOf(first.element, handle)) : undefined;
      const anyEmail = messages.some((m) => m.author !== 'note' && handleEmail(m.element));
      return snapshot(ticketId, anyEmail ? 'email' : 'unknown', messages, requester);
    },
    editor: {
      kind: 'contenteditable',
      find: (doc) => doc.querySelector(composer),
    },
  });
}

/** The registered instance: no teammate list, so rule 2 (first sender is the customer). */
export const front = createFrontAdapter();

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://app.frontapp.com/inboxes/teams/folders/12345/unassigned/0/cnv_4f2a9b1',
    'https://app.frontapp.com/open/cnv_4f2a9b1',
    'https://app.frontapp.com/open/msg_9zz81k',
  ],
  notTicket: [
    'https://app.frontapp.com/inboxes/teams/folders/12345/unassigned/0',
    'https://app.frontapp.com/settings/tim:123/preferences',
    'https://app.frontapp.com/analytics',
  ],
};
