import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { EndpointFormat, EndpointView, TestEndpointReply } from '@/lib/schema';
import { LockedNote } from './LockedNote';

export interface EndpointInput {
  url: string;
  format: EndpointFormat;
  /** undefined: keep the stored one; null: clear it. */
  authToken?: string | null;
  signingSecret?: string | null;
}

export interface EndpointSectionProps {
  endpoint: EndpointView | null;
  /** Called from the Save click itself, so the host-permission request has its user gesture. */
  onSave(input: EndpointInput): void;
  onTest(): void;
  onRemove(): void;
  busy: boolean;
  message: { ok: boolean; text: string } | null;
  testResult: TestEndpointReply | null;
}

/** Endpoint URL, format and secrets. Secrets are write-only: the page only learns whether one is set. */
export function EndpointSection({ endpoint, onSave, onTest, onRemove, busy, message, testResult }: EndpointSectionProps) {
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [format, setFormat] = useState<EndpointFormat>(endpoint?.format ?? 'json');
  const [token, setToken] = useState('');
  const [secret, setSecret] = useState('');
  useEffect(() => {
    setUrl(endpoint?.url ?? '');
    setFormat(endpoint?.format ?? 'json');
  }, [endpoint?.url, endpoint?.format]);
  const locked = (field: string) => endpoint?.locked.includes(field) ?? false;

  return (
    <section aria-labelledby="nm-endpoint-heading">
      <h2 id="nm-endpoint-heading">{t('optEndpointHeading')}</h2>
      <p>{t('optEndpointHelp')}</p>
      {endpoint?.disabledReason && (
        <p role="alert" data-testid="nm-endpoint-disabled">
          {t('optEndpointDisabled', endpoint.disabledReason)}
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave({
            url: url.trim(),
            format,
            ...(token ? { authToken: token.trim() } : {}),
            ...(secret ? { signingSecret: secret.trim() } : {}),
          });
          setToken('');
          setSecret('');
        }}
      >
        <label>
          {t('optEndpointUrl')}
          <input type="url" required data-testid="nm-endpoint-url" value={url} disabled={locked('url')} placeholder="https://" onInput={(e) => setUrl(e.currentTarget.value)} />
          <LockedNote locked={locked('url')} />
        </label>
        <label>
          {t('optEndpointFormat')}
          <select data-testid="nm-endpoint-format" value={format} disabled={locked('format')} onChange={(e) => setFormat(e.currentTarget.value as EndpointFormat)}>
            <option value="json">{t('optFormatJson')}</option>
            <option value="slack">{t('optFormatSlack')}</option>
            <option value="teams">{t('optFormatTeams')}</option>
          </select>
        </label>
        {format === 'json' && (
          <>
            <label>
              {t('optAuthToken')} {endpoint?.hasAuthToken ? <small>({t('optSecretSet')})</small> : null}
              <input type="password" autocomplete="off" data-testid="nm-auth-token" value={token} disabled={locked('authToken')} onInput={(e) => setToken(e.currentTarget.value)} />
            </label>
            <label>
              {t('optSigningSecret')} {endpoint?.hasSigningSecret ? <small>({t('optSecretSet')})</small> : null}
              <input type="password" autocomplete="off" data-testid="nm-signing-secret" placeholder="whsec_…" value={secret} disabled={locked('signingSecret')} onInput={(e) => setSecret(e.currentTarget.value)} />
            </label>
          </>
        )}
        <div class="nm-actions">
          <button type="submit" data-testid="nm-save" disabled={busy}>{t('optSave')}</button>
          <button type="button" data-testid="nm-test-endpoint" disabled={busy || !endpoint} onClick={onTest}>{t('optSendTest')}</button>
          {endpoint && endpoint.locked.length === 0 && (
            <button type="button" data-testid="nm-remove-endpoint" disabled={busy} onClick={onRemove}>{t('optRemoveEndpoint')}</button>
          )}
        </div>
      </form>
      <p role="status" aria-live="polite" data-testid="nm-endpoint-message" data-ok={message ? String(message.ok) : undefined}>
        {message?.text ?? ''}
      </p>
      {testResult && (
        <div data-testid="nm-test-result" data-status={testResult.status}>
          <p>{t('optTestAnswer', String(testResult.status))}</p>
          <pre>{testResult.body}</pre>
        </div>
      )}
    </section>
  );
}
