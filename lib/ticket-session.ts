/**
 * Reads the open ticket and keeps its flags current, without ever holding the page's main thread
 * for long (the content script is a guest on a page agents keep open all day).
 *
 *   start ─▶ adapter.readTicket(doc) ─▶ onView (not ready: a ticket is open)
 *         ─▶ detectTexts(customer messages) in batches ─▶ onView (ready: every flag known)
 *        └▶ observeThread (lib/dom/observe.ts): added/changed message elements are read one by one
 *           (adapter.readMessage) and detected; removed ones dropped; overflow → full rescan
 *
 * Detection is asked for, not done here: the content script passes a `detectTexts` that sends the
 * texts to the background, where one detector serves every tab (its lexicon is not parsed, compiled
 * and kept in each helpdesk tab, and its work never runs on the page's main thread).
 *
 * Pure of extension APIs: the content script wires it to the sidebar; tests drive it in happy-dom.
 */
import type { HelpdeskAdapter, ThreadMessage, TicketSnapshot } from './adapters/types';
import type { Detection, Signal } from './detect';
import { DETECT_BATCH_MAX, DETECT_TEXT_MAX } from './vocabulary';
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
  /** Why some messages could not be checked (the background did not answer); absent when all were. */
  problem?: string;
}

export interface TicketSessionOptions {
  adapter: HelpdeskAdapter;
  doc: Document;
  signal: AbortSignal;
  /** Detects texts, one detection per text in order; rejects when it cannot (no background). */
  detectTexts(texts: string[]): Promise<Detection[]>;
  /** Called after the first full read and after every change that altered what the agent sees. */
  onView(view: TicketView): void;
  /** The URL changed to another ticket or away from tickets: the caller decides what to do. */
  onNavigate?(url: string): void;
}

interface ReadMessage {
  id: string;
  author: ThreadMessage['author'];
  text: string;
  detection?: Detection;
}

export function startTicketSession(options: TicketSessionOptions): void {
  const { adapter, doc, signal, detectTexts, onView } = options;
  const read = new Map<Element, ReadMessage>();
  let snapshot: TicketSnapshot | undefined;
  let ready = false;
  let generation = 0;
  /** The adapter's thread order (oldest first) runs against the DOM's. */
  let newestFirst = false;
  let problem: string | undefined;

  const entryOf = (message: ThreadMessage): ReadMessage => ({ id: message.id, author: message.author, text: message.text });
  // Only what the customer wrote is a near miss; agents' replies and notes are never scored.
  const isScored = (entry: ReadMessage) => entry.author === 'customer' && entry.text !== '';

  /**
   * Detects the entries in batches (all sent at once; the background answers them in turn) and
   * stores each detection on its entry. An entry replaced meanwhile (edited message, full re-read)
   * just keeps a detection nobody reads. A failure is kept for the view; the entries stay unflagged.
   */
  async function detectEntries(entries: ReadMessage[]): Promise<void> {
    const batches: ReadMessage[][] = [];
    for (let i = 0; i < entries.length; i += DETECT_BATCH_MAX) batches.push(entries.slice(i, i + DETECT_BATCH_MAX));
    await Promise.all(
      batches.map(async (batch) => {
        try {
          const detections = await detectTexts(batch.map((entry) => entry.text.slice(0, DETECT_TEXT_MAX)));
          batch.forEach((entry, i) => (entry.detection = detections[i]));
        } catch (error) {
          problem = error instanceof Error ? error.message : String(error);
        }
      }),
    );
  }

  function emit(): void {
    if (!snapshot || signal.aborted) return;
    const flags: Flag[] = [];
    let customerMessages = 0;
    let unchecked = 0;
    for (const [element, entry] of read) {
      if (entry.author !== 'customer') continue;
      customerMessages++;
      const detection = entry.detection;
      if (!detection && isScored(entry)) unchecked++;
      if (detection?.signal) flags.push({ messageId: entry.id, element, text: entry.text, detection: detection as Flag['detection'] });
    }
    // Map order is arrival order; live messages can arrive out of DOM order (lazy-loaded history).
    // Thread order is DOM order, except on helpdesks that list the newest first (FreeScout): the
    // full read's snapshot tells which, so "the latest flag" stays the newest one everywhere.
    const before = newestFirst ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING;
    flags.sort((a, b) => (a.element.compareDocumentPosition(b.element) & before ? -1 : 1));
    const view: TicketView = { ticketId: snapshot.ticketId, channel: snapshot.channel, requester: snapshot.requester, customerMessages, ready, flags };
    if (problem !== undefined && unchecked > 0) view.problem = problem;
    onView(view);
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
    const scored: ReadMessage[] = [];
    for (const message of snapshot.messages) {
      const entry = entryOf(message);
      read.set(message.element, entry);
      if (isScored(entry)) scored.push(entry);
    }
    problem = undefined;
    await detectEntries(scored);
    if (signal.aborted || mine !== generation) return;
    ready = true;
    emit();
  }

  function applyChange(change: { added: Element[]; changed: Element[]; removed: Element[]; overflow: boolean }): void {
    if (change.overflow) {
      void fullRead();
      return;
    }
    let altered = false;
    const scored: ReadMessage[] = [];
    for (const element of change.removed) altered = read.delete(element) || altered;
    for (const element of [...change.added, ...change.changed]) {
      const message = adapter.readMessage(element);
      if (!message) continue;
      const previous = read.get(element);
      if (previous && previous.text === message.text && previous.author === message.author) continue;
      const entry = entryOf(message);
      read.set(element, entry);
      if (isScored(entry)) scored.push(entry);
      altered = true;
    }
    // A new customer message changes the count together with its flag, after its detection (a round
    // trip to the background): a view never says "3 messages read, no near misses" while the third is
    // unchecked. Changes with nothing to check (an agent's reply, a removal) show at once.
    const mine = generation;
    if (scored.length) void detectEntries(scored).then(() => ready && mine === generation && emit());
    else if (altered && ready) emit();
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
