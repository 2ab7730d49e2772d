/**
 * The helpdesk content script: a guest on pages agents keep open all day, so it does nothing until
 * the page is a ticket of a helpdesk the team has switched on, and then only time-boxed work.
 *
 *   adapterForHost(url) ─▶ hello (background: settings, custom hosts, checklists) ─▶ ticket page?
 *     └▶ startTicketSession (lib/ticket-session.ts): read, detect in the background, observe new messages
 *          └▶ first view ─▶ mount the sidebar (lib/dom/shadow-host.ts; see isolation.design.md) ─▶ App
 *   URL change (single-page app) ─▶ tear down and start again for the new ticket
 *   browser command (relayed by the background) ─▶ App: toggle, or start a log
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { adapterById, adapterForHost, helpdeskMatchPatterns } from '@/lib/adapters';
import { sendMessage } from '@/lib/messages';
import { mountShadowHost, type ShadowHost } from '@/lib/dom/shadow-host';
import { startTicketSession, type TicketView } from '@/lib/ticket-session';
// Inlined into the script and handed to the shadow root: no fetch at mount, and no stylesheet
// exposed as a web-accessible resource for pages to probe.
import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import { App, type BrowserCommand } from './App';
import { createStore } from './store';

export default defineContentScript({
  // Evaluated at build time: the manifest's patterns come from the adapters' own data.
  matches: helpdeskMatchPatterns(),
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark('near-miss:start');
    const staticAdapter = adapterForHost(new URL(location.href));
    const hello = await sendMessage('hello', { host: location.host, helpdesk: staticAdapter?.id ?? null });
    performance.mark('near-miss:hello');
    if (!hello.ok || !hello.value.active || !hello.value.helpdesk || !ctx.isValid) return;
    const adapter = staticAdapter ?? adapterById(hello.value.helpdesk);
    if (!adapter) return;

    const commands = createStore<BrowserCommand | undefined>(undefined);
    // Only the background relays commands: a message from anywhere else (another tab's content
    // script cannot reach us, but check anyway) is ignored.
    const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
      const command = (message as { name?: unknown; data?: { command?: unknown } } | null)?.data?.command;
      if ((message as { name?: unknown }).name === 'command' && (command === 'toggle-sidebar' || command === 'start-log')) {
        commands.set({ command: command as BrowserCommand['command'], at: Date.now() });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    let session: { controller: AbortController; remove(): void; url: string } | undefined;
    const stop = () => {
      session?.controller.abort();
      session?.remove();
      session = undefined;
    };
    ctx.onInvalidated(stop);

    const start = () => {
      const url = new URL(location.href);
      const ticketKey = adapter.ticketIdFromUrl(url) ?? url.pathname + url.hash;
      if (session?.url === ticketKey) return;
      stop();
      if (!adapter.isTicketPage(url)) return;
      const controller = new AbortController();
      const view = createStore<TicketView | undefined>(undefined);
      let ui: ShadowHost | undefined;
      let readyMarked = false;
      session = {
        controller,
        url: ticketKey,
        remove: () => {
          if (!ui) return;
          render(null, ui.root);
          ui.remove();
        },
      };
      startTicketSession({
        adapter,
        doc: document,
        signal: controller.signal,
        async detectTexts(texts) {
          const reply = await sendMessage('detectMessages', { texts });
          if (!reply.ok) throw new Error(reply.error);
          return reply.value.detections;
        },
        onNavigate: start,
        onView(next) {
          view.set(next);
          if (!ui && !controller.signal.aborted) {
            // Mount on the first view only: pages where no ticket is found never get an element.
            performance.mark('near-miss:read');
            ui = mountShadowHost(document, 'near-miss-sidebar', sidebarCss);
            const Root = () => {
              const current = view.use();
              const command = commands.use();
              return current ? <App adapter={adapter} hello={hello.value} view={current} command={command} onPaused={stop} /> : null;
            };
            render(<Root />, ui.root);
            performance.mark('near-miss:mounted');
          }
          // Benchmark marks (test/bench/content.bench.ts): tab mounted, then every flag on screen.
          if (next.ready && !readyMarked) {
            readyMarked = true;
            performance.mark('near-miss:ready');
          }
        },
      });
    };

    ctx.addEventListener(window, 'wxt:locationchange', start);
    start();
  },
});
