import { useEffect, useState } from 'preact/hooks';
import { StatusLine } from '@/components/common/StatusLine';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import type { Result, StatusReply } from '@/lib/schema';

export function OptionsApp() {
  const [status, setStatus] = useState<Result<StatusReply>>();
  useEffect(() => {
    void sendMessage('status', {}).then(setStatus);
  }, []);
  return (
    <>
      <h1 data-testid="nm-options">{t('optionsTitle')}</h1>
      <StatusLine status={status} readyText={(v) => t('backgroundReady', v)} errorText={(e) => t('backgroundUnavailable', e)} />
    </>
  );
}
