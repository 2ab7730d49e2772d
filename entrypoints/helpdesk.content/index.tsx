import { render } from 'preact';
import './style.css';
import { helpdeskMatchPatterns, pickAdapter } from '@/lib/adapters';
import { sendMessage } from '@/lib/messages';
import { Sidebar } from '@/components/sidebar/Sidebar';

export default defineContentScript({
  // Evaluated at build time: the manifest's patterns come from the adapters' own data.
  matches: helpdeskMatchPatterns(),
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const picked = pickAdapter(location.href);
    const hello = await sendMessage('hello', { host: location.host, helpdesk: picked?.id ?? null });
    if (!hello.ok || !hello.value.active || !hello.value.helpdesk || !ctx.isValid) return;
    const adapter = picked ?? pickAdapter(location.href, { [location.host]: hello.value.helpdesk });
    if (!adapter) return;
    const ticket = adapter.readTicket(document);
    if (!ticket) return;

    const ui = await createShadowRootUi(ctx, {
      name: 'near-miss-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const root = document.createElement('div');
        container.append(root);
        render(
          <Sidebar
            helpdeskName={adapter.name}
            ticketId={ticket.ticketId}
            customerMessageCount={ticket.messages.filter((message) => message.author === 'customer').length}
            backgroundVersion={hello.value.version}
          />,
          root,
        );
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
      },
    });
    ui.mount();
  },
});
