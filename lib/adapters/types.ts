/**
 * The contract between a helpdesk's page and the rest of Near Miss.
 *
 * An adapter knows one helpdesk: which URLs are its ticket pages, how to read the open ticket from the
 * DOM (standard DOM APIs only, so it runs in happy-dom or jsdom as well as in the browser), and where
 * the reply editor is. Adapters never touch `browser.*`, messaging or components.
 */

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

export interface HelpdeskAdapter {
  /** 'zendesk' | 'freshdesk' | 'intercom' | 'helpscout' | 'gorgias' | 'front' | 'zammad' | 'chatwoot' | 'freescout' | 'osticket' | 'rt' */
  readonly id: string;
  /** Human name for settings and the sidebar. */
  readonly name: string;
  /**
   * Manifest match patterns for the helpdesk's hosted domains. Self-hosted helpdesks have none: the
   * team adds their host as a custom domain and the content script is registered for it at run time.
   */
  readonly matches: readonly string[];
  /** True when the URL's path/hash is a ticket (or conversation) view of this helpdesk; the host is not checked. */
  isTicketPage(url: URL): boolean;
  /** The open ticket, or undefined when none is open. */
  readTicket(doc: Document): TicketSnapshot | undefined;
  /** The element to observe for new messages (the active ticket's thread); null when not rendered yet. */
  threadRoot(doc: Document): Element | null;
  /** The reply editor of the active ticket, if one is rendered. */
  replyEditor(doc: Document): Element | null;
}
