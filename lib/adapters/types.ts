/**
 * The contract between a helpdesk's page and the rest of Near Miss.
 *
 * An adapter knows one helpdesk: which URLs are its ticket pages, how to read the open ticket from the
 * DOM (standard DOM APIs only, so it runs in happy-dom or jsdom as well as in the browser), and where
 * the reply editor is. Adapters never touch `browser.*`, messaging or components.
 */

import type { EditorKind } from '../dom/insert';

export type { EditorKind };

export type MessageAuthor = 'customer' | 'agent' | 'note' | 'system';
export type Channel = 'email' | 'chat' | 'unknown';

export interface ThreadMessage {
  /** Stable within the ticket (the helpdesk's own comment/article id where it has one). */
  id: string;
  author: MessageAuthor;
  /** What the author wrote: quoted earlier emails and signatures removed. */
  text: string;
  element: Element;
}

export interface TicketSnapshot {
  ticketId: string;
  requester?: { name?: string; email?: string };
  channel: Channel;
  /** Thread order, oldest first. */
  messages: ThreadMessage[];
}

/** Which editor the helpdesk uses for replies, and where the active ticket's one is. */
export interface ReplyEditor {
  readonly kind: EditorKind;
  /**
   * The element to insert into (a textarea or a contenteditable host; for CKEditor 4 in an iframe,
   * the iframe's `body.cke_editable`), or null when the composer is not open.
   */
  find(doc: Document): Element | null;
}

/** A selector paired with how many elements it matches in each fixture (refined-github's `x_`). */
export type SelectorExpectation = readonly (readonly [count: number, fixture: string])[];

export interface HelpdeskAdapter {
  /** 'zendesk' | 'freshdesk' | 'intercom' | 'helpscout' | 'gorgias' | 'front' | 'zammad' | 'chatwoot' | 'freescout' | 'osticket' | 'rt' */
  readonly id: string;
  /** Human name for settings and the sidebar. */
  readonly name: string;
  /**
   * Manifest match patterns for the helpdesk's hosted domains (https only). Self-hosted helpdesks
   * have none: the team adds their host as a custom domain (see `pickAdapter`'s `customHosts`).
   */
  readonly matches: readonly string[];
  /** True when the URL's path/query/hash is a ticket view of this helpdesk; the host is not checked. */
  isTicketPage(url: URL): boolean;
  /** The ticket/conversation id in a ticket URL, if the URL carries it. */
  ticketIdFromUrl(url: URL): string | undefined;
  /** The open ticket, or undefined when none is open. Standard DOM only. */
  readTicket(doc: Document): TicketSnapshot | undefined;
  /** The element to observe for new messages (the active ticket's thread); null when not rendered yet. */
  threadRoot(doc: Document): Element | null;
  /** Matches one message element; the observer reports elements matching it. */
  readonly messageSelector: string;
  /** The active ticket's message elements in `root` (default: the thread root), thread order. */
  messageElements(root: ParentNode): Element[];
  /**
   * One message, read on its own: what the live observer calls for an added/changed element (a
   * new chat line costs this call only). Undefined for elements that are not messages (empty
   * placeholders, a collapsed part without text).
   */
  readMessage(el: Element): ThreadMessage | undefined;
  /** The reply editor: its kind, and how to find it. */
  readonly editor: ReplyEditor;
  /** Same as `editor.find(doc)` (kept from the first contract). */
  replyEditor(doc: Document): Element | null;
}
