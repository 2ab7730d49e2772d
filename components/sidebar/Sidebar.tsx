import { useState } from 'preact/hooks';

export interface SidebarProps {
  helpdeskName: string;
  ticketId: string;
  customerMessageCount: number;
  /** The background's version, shown once it has answered the content script. */
  backgroundVersion: string;
}

/**
 * The agent's sidebar: collapsed to a small tab by default so it never covers the helpdesk, and
 * positioned fixed so it never shifts the helpdesk's own layout.
 */
export function Sidebar({ helpdeskName, ticketId, customerMessageCount, backgroundVersion }: SidebarProps) {
  const [open, setOpen] = useState(false);
  return (
    <aside
      class={open ? 'nm-sidebar nm-open' : 'nm-sidebar'}
      data-testid="nm-sidebar"
      data-background-version={backgroundVersion}
      aria-label="Near Miss"
    >
      <button
        type="button"
        class="nm-tab"
        aria-expanded={open}
        onClick={(event) => {
          // Page scripts can dispatch clicks into an open shadow root; only a person's click counts.
          if (event.isTrusted) setOpen(!open);
        }}
      >
        Near Miss
      </button>
      {open && (
        <section class="nm-panel">
          <h2 class="nm-title">
            {helpdeskName} · ticket {ticketId}
          </h2>
          <p>{customerMessageCount} customer messages read.</p>
        </section>
      )}
    </aside>
  );
}
