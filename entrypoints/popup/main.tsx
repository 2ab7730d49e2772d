import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import type { OutboxStatusReply, TabStatusReply } from '@/lib/schema';

/**
 * Whether Near Miss is active on the current tab, and the outbox's pending and failed counts.
 * The tab's state comes from the background, which notes it when the tab's content script says
 * hello: so the popup needs neither the `tabs` permission nor the tab's URL.
 */
function Popup() {
  const [tab, setTab] = useState<TabStatusReply | null>(null);
  const [outbox, setOutbox] = useState<OutboxStatusReply | null>(null);
  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id !== undefined) {
        const reply = await sendMessage('tabStatus', { tabId: active.id });
        setTab(reply.ok ? reply.value : { active: false, helpdesk: null });
      } else setTab({ active: false, helpdesk: null });
    })();
    void sendMessage('outboxStatus', {}).then((reply) => reply.ok && setOutbox(reply.value));
  }, []);
  const attention = outbox ? outbox.counts.failed + outbox.counts.needs_confirmation : 0;
  return (
    <nav aria-label={t('extName')}>
      <p data-testid="nm-popup-tab" data-active={tab ? String(tab.active) : undefined}>
        {tab === null ? '…' : tab.active ? t('popupActive', tab.helpdesk ?? '') : t('popupInactive')}
      </p>
      {outbox && (
        <p data-testid="nm-popup-outbox">
          {t('popupOutbox', [String(outbox.counts.pending + outbox.counts.in_flight), String(attention)])}
        </p>
      )}
      <ul>
        <li><a href={browser.runtime.getURL('/review.html')} target="_blank" rel="noopener">{t('popupOpenReview')}</a></li>
        <li><a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">{t('popupOpenOptions')}</a></li>
      </ul>
    </nav>
  );
}

render(<Popup />, document.getElementById('app')!);
