/**
 * Reads the open ticket and keeps its flags current, without ever holding the page's main thread
 * for long (the content script is a guest on a page agents keep open all day).
 *
 *   start ─▶ adapter.readTicket(doc) ─▶ onView (not ready: a ticket is open)
 *         ─▶ detect customer messages in slices of ≤ budgetMs, yielding to the page between
 *            slices ─▶ onView (ready: every flag known)
 *        └▶ observeThread (lib/dom/observe.ts): added/changed message elements are read one by one
 *           (adapter.readMessage) and detected; removed ones dropped; overflow → full rescan
 *
 * Pure of extension APIs: the content script wires it to the sidebar; tests drive it in happy-dom.
 */
import type { HelpdeskAdapter, ThreadMessage, TicketSnapshot } from './adapters/types';
import { detect, type DetectOptions, type Detection, type Signal } from './detect';
import { observeThread } from './dom/observe';

export interface Flag {
  messageId: string;
  element: Element;
  /** The message text the detector read (quotes and signatures removed). */
  text: string;
  detection: Detection & { signal: Signal };
}

export interface TicketView {
  ticketId: string;
  channel: TicketSnapshot['channel'];
  requester?: TicketSnapshot['requester'];
  /** Customer messages read so far, and whether the first full read is done. */
  customerMessages: number;
  ready: boolean;
  /** Flagged customer messages, thread order. */
  flags: Flag[];
}

export interface TicketSessionOptions {
  adapter: HelpdeskAdapter;
  doc: Document;
  signal: AbortSignal;
  detectOptions?: DetectOptions;
  /** Called after the first full read and after every change that altered what the agent sees. */
  onView(view: TicketView): void;
  /** Work per slice before yielding to the page (ms). 8 keeps each task far below the 50 ms long-task line. */
  budgetMs?: number;
  /** The URL changed to another ticket or away from tickets: the caller decides what to do. */
  onNavigate?(url: string): void;
}

interface ReadMessage {
  id: string;
  author: ThreadMessage['author'];
  text: string;
  detection?: Detection;
}

const DEFAULT_BUDGET_MS = 8;

/** Lets the page run: `scheduler.yield()` where the browser has it, otherwise a macrotask. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function startTicketSession(options: TicketSessionOptions): void {
  const { adapter, doc, signal, detectOptions, onView } = options;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const now = () => performance.now();
  const read = new Map<Element, ReadMessage>();
  let snapshot: TicketSnapshot | undefined;
  let ready = false;
  let generation = 0;
  /** The adapter's thread order (oldest first) runs against the DOM's. */
  let newestFirst = false;

  function evaluate(message: ThreadMessage): ReadMessage {
    const entry: ReadMessage = { id: message.id, author: message.author, text: message.text };
    // Only what the customer wrote is a near miss; agents' replies and notes are never scored.
    if (message.author === 'customer' && message.text) entry.detection = detect(message.text, detectOptions);
    return entry;
  }

  function emit(): void {
    if (!snapshot || signal.aborted) return;
    const flags: Flag[] = [];
    let customerMessages = 0;
    for (const [element, entry] of read) {
      if (entry.author !== 'customer') continue;
      customerMessages++;
      const detection = entry.detection;
      if (detection?.signal) flags.push({ messageId: entry.id, element, text: entry.text, detection: detection as Flag['detection'] });
    }
    // Map order is arrival order; live messages can arrive out of DOM order (lazy-loaded history).
    // Thread order is DOM order, except on helpdesks that list the newest first (FreeScout): the
    // full read's snapshot tells which, so "the latest flag" stays the newest one everywhere.
    const before = newestFirst ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING;
    flags.sort((a, b) => (a.element.compareDocumentPosition(b.element) & before ? -1 : 1));
    onView({ ticketId: snapshot.ticketId, channel: snapshot.channel, requester: snapshot.requester, customerMessages, ready, flags });
  }

  async function fullRead(): Promise<void> {
    const mine = ++generation;
    ready = false;
    read.clear();
    snapshot = adapter.readTicket(doc);
    if (!snapshot) return;
    const first = snapshot.messages[0]?.element;
    const last = snapshot.messages[snapshot.messages.length - 1]?.element;
    newestFirst = Boolean(first && last && first !== last && first.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_PRECEDING);
    // A ticket is open: say so at once (the sidebar's tab can mount), then fill in the flags.
    emit();
    let sliceStart = now();
    for (const message of snapshot.messages) {
      read.set(message.element, evaluate(message));
      if (now() - sliceStart > budget) {
        await yieldToPage();
        if (signal.aborted || mine !== generation) return;
        sliceStart = now();
      }
    }
    ready = true;
    emit();
  }

  function applyChange(change: { added: Element[]; changed: Element[]; removed: Element[]; overflow: boolean }): void {
    if (change.overflow) {
      void fullRead();
      return;
    }
    let altered = false;
    for (const element of change.removed) altered = read.delete(element) || altered;
    for (const element of [...change.added, ...change.changed]) {
      const message = adapter.readMessage(element);
      if (!message) continue;
      const previous = read.get(element);
      if (previous && previous.text === message.text && previous.author === message.author) continue;
      read.set(element, evaluate(message));
      altered = true;
    }
    if (altered && ready) emit();
  }

  // Observe first, so a chat message that arrives during the first read is not missed. Until a
  // ticket has been read (a single-page app still rendering), any message appearing triggers a read.
  observeThread({
    root: adapter.threadRoot(doc) ?? doc.body,
    messageSelector: adapter.messageSelector,
    signal,
    onChange: (change) => (snapshot ? applyChange(change) : void fullRead()),
    onNavigate: (url) => options.onNavigate?.(url),
  });
  void fullRead();
}
