import { t } from '@/lib/i18n';

export function ReviewApp() {
  return <h1 data-testid="nm-review">{t('reviewTitle')}</h1>;
}
