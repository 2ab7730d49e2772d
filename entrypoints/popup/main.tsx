import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

function Popup() {
  return (
    <nav aria-label={t('extName')}>
      <ul>
        <li><a href={browser.runtime.getURL('/review.html')} target="_blank" rel="noopener">{t('popupOpenReview')}</a></li>
        <li><a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">{t('popupOpenOptions')}</a></li>
      </ul>
    </nav>
  );
}

render(<Popup />, document.getElementById('app')!);
