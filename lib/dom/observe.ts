/**
 * One batched, abortable observer for a helpdesk thread.
 *
 *   MutationObserver ──records──▶ queue (no work in the callback: the page's own rendering comes first)
 *        ▲                           │ once per animation frame (setTimeout where rAF is absent or the
 *        │                           ▼ tab is hidden, since hidden tabs get no frames)
 *   signal.abort() ◀── flush(): ≤ budgetMs per run, rest rescheduled; skips script/style/svg;
 *                        maps records to the message elements added/changed/removed ──▶ onChange
 *   URL check (each flush, popstate/hashchange, slow poll) ──▶ onNavigate (SPA ticket switch)
 *
 * Shape after uBlock Origin's procedural filterer: the observer callback only queues, the work is
 * once per frame and time-boxed (4 ms), and irrelevant nodes are skipped. The caller re-reads only
 * the elements reported, so a new chat message costs one `readMessage` call.
 */

export interface ThreadChange {
  /** Message elements that appeared (document order). */
  added: Element[];
  /** Message elements whose content changed (edited, expanded, translated). */
  changed: Element[];
  /** Message elements that left the DOM. */
  removed: Element[];
  /** More changes than the queue keeps: re-read the whole thread. */
  overflow: boolean;
}

export interface ObserveThreadOptions {
  /** Subtree to watch: the thread root, or `document.body` when the thread is re-rendered whole. */
  root: Node;
  /** Matches one message element (an adapter's `messageSelector`). */
  messageSelector: string;
  signal: AbortSignal;
  onChange(change: ThreadChange): void;
  /** Called when the page URL changes (single-page-app navigation, possibly to another ticket). */
  onNavigate?(url: string, previous: string): void;
  /** Work per flush before yielding to the page (ms). Default 4, as uBO's per-frame budget. */
  budgetMs?: number;
  /** Queue cap; past it one `overflow` change replaces the details. Default 5000 records. */
  maxQueue?: number;
  /** URL source; default `location.href` of the root's window. */
  getUrl?(): string;
  /** How often to poll the URL when nothing else tells us (ms). Default 1000; 0 disables. */
  urlPollMs?: number;
}

const IRRELEVANT_TAGS = new Set(['SCRIPT', 'STYLE', 'SVG', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME']);
const DEFAULT_BUDGET_MS = 4;
const DEFAULT_MAX_QUEUE = 5000;
/** Records checked between clock reads (reading the clock per record costs more than the check). */
const CLOCK_EVERY = 32;

export function observeThread(options: ObserveThreadOptions): void {
  const { root, messageSelector, signal, onChange } = options;
  if (signal.aborted) return;
  const doc = (root.nodeType === 9 ? root : root.ownerDocument) as Document | null;
  const win = doc?.defaultView ?? (typeof window === 'undefined' ? undefined : window);
  if (!win) return;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const maxQueue = options.maxQueue ?? DEFAULT_MAX_QUEUE;
  const getUrl = options.getUrl ?? (() => win.location.href);
  const now = () => (win.performance ?? performance).now();

  let queue: MutationRecord[] = [];
  let overflow = false;
  let scheduled = 0 as unknown;
  let scheduledWith: 'raf' | 'timeout' | undefined;
  let lastUrl = getUrl();
  const added = new Set<Element>();
  const changed = new Set<Element>();
  const removed = new Set<Element>();

  const observer = new win.MutationObserver((records) => {
    if (overflow) return;
    if (queue.length + records.length > maxQueue) {
      overflow = true;
      queue = [];
    } else {
      for (const record of records) queue.push(record);
    }
    schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  function schedule(): void {
    if (scheduledWith || signal.aborted) return;
    const hidden = doc?.visibilityState === 'hidden';
    if (typeof win!.requestAnimationFrame === 'function' && !hidden) {
      scheduledWith = 'raf';
      scheduled = win!.requestAnimationFrame(flush);
    } else {
      scheduledWith = 'timeout';
      scheduled = win!.setTimeout(flush, 16);
    }
  }

  function messageOf(node: Node | null): Element | null {
    const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
    return el ? el.closest(messageSelector) : null;
  }

  function collectAdded(node: Node, target: Node): void {
    if (node.nodeType !== 1) {
      const owner = messageOf(target);
      if (owner) changed.add(owner);
      return;
    }
    const el = node as Element;
    if (IRRELEVANT_TAGS.has(el.tagName.toUpperCase())) return;
    if (el.matches(messageSelector)) {
      added.add(el);
      return;
    }
    const owner = messageOf(target);
    if (owner) {
      changed.add(owner);
      return;
    }
    // A wrapper holding several messages (a page of older messages, a re-rendered thread).
    for (const inner of el.querySelectorAll(messageSelector)) added.add(inner);
  }

  function collectRemoved(node: Node, target: Node): void {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (IRRELEVANT_TAGS.has(el.tagName.toUpperCase())) return;
    if (el.matches(messageSelector)) removed.add(el);
    else {
      const owner = messageOf(target);
      if (owner) changed.add(owner);
      else for (const inner of el.querySelectorAll(messageSelector)) removed.add(inner);
    }
  }

  function flush(): void {
    scheduledWith = undefined;
    if (signal.aborted) return;
    checkUrl();
    const start = now();
    let i = 0;
    for (; i < queue.length; i++) {
      if (i % CLOCK_EVERY === CLOCK_EVERY - 1 && now() - start > budget) break;
      const record = queue[i]!;
      if (record.type === 'characterData') {
        const owner = messageOf(record.target);
        if (owner) changed.add(owner);
        continue;
      }
      const targetEl = record.target.nodeType === 1 ? (record.target as Element) : null;
      if (targetEl && IRRELEVANT_TAGS.has(targetEl.tagName.toUpperCase())) continue;
      for (const node of record.addedNodes) collectAdded(node, record.target);
      for (const node of record.removedNodes) collectRemoved(node, record.target);
    }
    queue = i >= queue.length ? [] : queue.slice(i);
    if (queue.length > 0) {
      schedule();
      return; // report once the queue is drained, so one burst is one change
    }
    report();
  }

  function report(): void {
    if (!overflow && added.size === 0 && changed.size === 0 && removed.size === 0) return;
    const change: ThreadChange = {
      added: [...added].filter((el) => el.isConnected),
      changed: [...changed].filter((el) => el.isConnected && !added.has(el)),
      removed: [...removed].filter((el) => !el.isConnected),
      overflow,
    };
    added.clear();
    changed.clear();
    removed.clear();
    overflow = false;
    if (change.overflow || change.added.length || change.changed.length || change.removed.length) {
      onChange(change);
    }
  }

  function checkUrl(): void {
    if (signal.aborted) return;
    const url = getUrl();
    if (url !== lastUrl) {
      const previous = lastUrl;
      lastUrl = url;
      options.onNavigate?.(url, previous);
    }
  }

  win.addEventListener('popstate', checkUrl);
  win.addEventListener('hashchange', checkUrl);
  const pollMs = options.urlPollMs ?? 1000;
  const poll = pollMs > 0 && options.onNavigate ? win.setInterval(checkUrl, pollMs) : undefined;

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      queue = [];
      added.clear();
      changed.clear();
      removed.clear();
      if (scheduledWith === 'raf') win.cancelAnimationFrame(scheduled as number);
      else if (scheduledWith === 'timeout') win.clearTimeout(scheduled as number);
      scheduledWith = undefined;
      if (poll !== undefined) win.clearInterval(poll);
      win.removeEventListener('popstate', checkUrl);
      win.removeEventListener('hashchange', checkUrl);
    },
    { once: true },
  );
}
