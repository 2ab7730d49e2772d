/**
 * Zammad, legacy agent UI (the default; the Vue "desktop view" beta is not read yet). Markup from
 * zammad/zammad: app/assets/javascripts/app/controllers/ticket_zoom/article_view.coffee (the
 * article wrapper: `.ticket-article-item.<sender>#article-<id>[data-id]`, `.is-internal`) and
 * app/assets/javascripts/app/views/ticket_zoom/article_view.jst.eco (bubble, meta rows, channel
 * icon, permalink). High confidence for these; requester panel Medium (toggl/track-extension).
 *
 * Open tickets stay in the DOM as taskbar tabs: scope to `.content.active`.
 * Routing is by hash (`#ticket/zoom/<ticketId>[/<articleId>]`; the id is not the ticket number).
 */
import { extractText } from '../dom/text';
import { defineAdapter, parseNameEmail, queryAll, readMessages, snapshot, textOf } from './shared';
import type { Channel, MessageAuthor, SelectorExpectation, ThreadMessage } from './types';

export const activeContent = '.content.active';
export const activeContent_: SelectorExpectation = [
  [1, 'ticket-zoom-email.html'],
  [1, 'ticket-zoom-two-tabs.html'],
];

/** One article (High: article_view.coffee sets these classes on the wrapper). */
export const article = '.ticket-article-item[data-id]';
export const article_: SelectorExpectation = [
  [5, 'ticket-zoom-email.html'],
  [6, 'ticket-zoom-two-tabs.html'], // 2 in the background tab + 4 in the active one
];

export const customerArticle = '.ticket-article-item.customer:not(.is-internal)';
export const customerArticle_: SelectorExpectation = [
  [2, 'ticket-zoom-email.html'],
  [4, 'ticket-zoom-two-tabs.html'], // 1 in the background tab + 3 in the active one
];

const body = '.textBubble-content .richtext-content';
/** Zammad's client-side signature detection leaves this marker where the signature starts. */
const signatureMarker = '.js-signatureMarker';
const requesterName = '[data-tab="customer"] [title="Name"]';
/** Reply box (High: ticket_zoom/article_new.jst.eco). */
export const replyBody = '.articleNewEdit-body[contenteditable="true"][data-name="body"]';
export const replyBody_: SelectorExpectation = [
  [1, 'ticket-zoom-email.html'],
  [2, 'ticket-zoom-two-tabs.html'],
];

const HASH = /^#ticket\/zoom\/(\d+)(?:\/\d+)?\/?$/;

function ticketIdFromUrl(url: URL): string | undefined {
  return HASH.exec(url.hash)?.[1];
}

function scope(doc: Document): Element | null {
  return doc.querySelector(`${activeContent} .ticketZoom`) ?? doc.querySelector(activeContent);
}

function authorOf(el: Element): MessageAuthor {
  if (el.classList.contains('is-internal')) return 'note';
  if (el.classList.contains('customer')) return 'customer';
  if (el.classList.contains('agent')) return 'agent';
  return 'system';
}

function readMessage(el: Element): ThreadMessage | undefined {
  const id = el.getAttribute('data-id');
  const content = el.querySelector(body);
  if (!id || !content) return undefined;
  return { id, author: authorOf(el), text: extractText(content, { cutAt: [signatureMarker] }), element: el };
}

function messageElements(root: ParentNode): Element[] {
  const within = root.nodeType === 9 ? scope(root as Document) : root;
  return within ? queryAll(within, article) : [];
}

/** Meta row value by its key ("From", "Channel"). */
function metaValue(el: Element, key: string): Element | undefined {
  return queryAll(el, '.article-meta-row').find((row) => row.querySelector('.article-meta-key')?.textContent?.trim() === key)
    ?.querySelector('.article-meta-value') ?? undefined;
}

/** The channel icon of the first customer article: `<svg class="icon icon-email …">`. */
function channelOf(messages: readonly ThreadMessage[]): Channel {
  const first = messages.find((m) => m.author === 'customer');
  const value = first && metaValue(first.element, 'Channel');
  const icon = value?.querySelector('svg[class*="icon-"]')?.getAttribute('class') ?? '';
  if (/icon-email/.test(icon)) return 'email';
  if (/icon-(chat|sms|telegram|whatsapp|facebook|twitter|instagram)/.test(icon)) return 'chat';
  return 'unknown';
}

/** From the hash, or the article permalink `…/#ticket/zoom/<ticketId>/<articleId>` (article_view.jst.eco). */
function ticketIdOf(doc: Document, within: Element): string | undefined {
  const fromUrl = doc.URL ? ticketIdFromUrl(new URL(doc.URL)) : undefined;
  if (fromUrl) return fromUrl;
  const href = within.querySelector('a[href*="#ticket/zoom/"]')?.getAttribute('href') ?? '';
  return /#ticket\/zoom\/(\d+)/.exec(href)?.[1];
}

export const zammad = defineAdapter({
  id: 'zammad',
  name: 'Zammad',
  matches: [],
  isTicketPage: (url) => ticketIdFromUrl(url) !== undefined,
  ticketIdFromUrl,
  messageSelector: article,
  messageElements,
  readMessage,
  threadRoot: (doc) => scope(doc)?.querySelector('.ticket-article') ?? null,
  readTicket(doc) {
    const within = scope(doc);
    if (!within) return undefined;
    const ticketId = ticketIdOf(doc, within);
    if (!ticketId) return undefined;
    const messages = readMessages({ messageElements, readMessage }, within);
    const first = messages.find((m) => m.author === 'customer');
    const from = parseNameEmail(first ? metaValue(first.element, 'From')?.textContent : undefined);
    const name = textOf(doc.querySelector(activeContent), requesterName) ?? from?.name;
    const requester = { ...(name ? { name } : {}), ...(from?.email ? { email: from.email } : {}) };
    return snapshot(ticketId, channelOf(messages), messages, requester);
  },
  editor: {
    kind: 'contenteditable',
    find: (doc) => scope(doc)?.querySelector(replyBody) ?? null,
  },
});

/** Test URLs */
export const testUrls = {
  ticket: [
    'https://zammad.example.com/#ticket/zoom/1042',
    'https://helpdesk.example.org/#ticket/zoom/77/312',
  ],
  notTicket: [
    'https://zammad.example.com/#dashboard',
    'https://zammad.example.com/#ticket/view/my_assigned',
    'https://zammad.example.com/#ticket/create',
    'https://zammad.example.com/#search/lamp',
  ],
};
