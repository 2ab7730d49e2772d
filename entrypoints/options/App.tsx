import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StatusLine } from '@/components/common/StatusLine';
import { EndpointSection, type EndpointInput } from '@/components/options/EndpointSection';
import { OutboxSection } from '@/components/options/OutboxSection';
import { TeamSettings } from '@/components/options/TeamSettings';
import { ImportExport } from '@/components/options/ImportExport';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import { adapters } from '@/lib/adapters';
import { defaultChecklists } from '@/lib/checklists';
import { hostPattern } from '@/lib/custom-hosts';
import { originPattern } from '@/lib/deliver';
import { readEffectiveSettings } from '@/lib/near-miss-background';
import { exportSettings, parseSettingsImport } from '@/lib/settings-io';
import { writeSettings } from '@/lib/storage';
import { hostNameSchema, isAllowedWebUrl, type EndpointView, type OutboxStatusReply, type Result, type Settings, type StatusReply, type TestEndpointReply } from '@/lib/schema';

type SettingsState = Awaited<ReturnType<typeof readEffectiveSettings>>;

/**
 * Asks for an origin from the click that triggered it (a user gesture is required); false if refused.
 * For the logging endpoint Firefox also asks for the data-collection consent the manifest declares
 * as optional (`websiteContent`: quotes and ticket links leave the browser for the team's endpoint).
 */
function requestOrigin(pattern: string, sendsWebsiteContent = false): Promise<boolean> {
  const request: { origins: string[]; data_collection?: string[] } = { origins: [pattern] };
  if (import.meta.env.FIREFOX && sendsWebsiteContent) request.data_collection = ['websiteContent'];
  try {
    return browser.permissions.request(request as Parameters<typeof browser.permissions.request>[0]).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export function OptionsApp() {
  const [status, setStatus] = useState<Result<StatusReply>>();
  const [endpoint, setEndpoint] = useState<EndpointView | null>(null);
  const [outbox, setOutbox] = useState<OutboxStatusReply | null>(null);
  const [settings, setSettings] = useState<SettingsState | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [testResult, setTestResult] = useState<TestEndpointReply | null>(null);
  const [now, setNow] = useState(Date.now());

  const refresh = useCallback(async () => {
    const [endpointReply, outboxReply, effective] = await Promise.all([sendMessage('getEndpoint', {}), sendMessage('outboxStatus', {}), readEffectiveSettings()]);
    if (endpointReply.ok) setEndpoint(endpointReply.value);
    if (outboxReply.ok) setOutbox(outboxReply.value);
    setSettings(effective);
    setNow(Date.now());
  }, []);

  useEffect(() => {
    void sendMessage('status', {}).then(setStatus);
    void refresh();
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, [refresh]);

  function saveEndpoint(input: EndpointInput) {
    if (!isAllowedWebUrl(input.url)) {
      setMessage({ ok: false, text: t('optBadUrl') });
      return;
    }
    // First thing in the click: the endpoint's optional host permission (a worker's POST needs it).
    const permission = requestOrigin(originPattern(input.url), true);
    setBusy(true);
    void (async () => {
      const granted = await permission;
      const reply = await sendMessage('setEndpoint', input);
      setBusy(false);
      if (!reply.ok) return setMessage({ ok: false, text: reply.error });
      setEndpoint(reply.value);
      setMessage(granted ? { ok: true, text: t('optSaved') } : { ok: false, text: t('optSavedNoPermission') });
    })();
  }

  async function saveSettings(next: Settings) {
    try {
      await writeSettings(next);
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
    await refresh();
  }

  return (
    <>
      <h1 data-testid="nm-options">{t('optionsTitle')}</h1>
      <StatusLine status={status} readyText={(v) => t('backgroundReady', v)} errorText={(e) => t('backgroundUnavailable', e)} />
      <p>
        <a href={browser.runtime.getURL('/review.html')} target="_blank" rel="noopener" data-testid="nm-options-review">
          {t('optOpenReview')}
        </a>
      </p>
      {settings?.warnings.length ? (
        <ul role="alert" data-testid="nm-policy-warnings">
          {settings.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      {settings?.problem && <p role="alert">{settings.problem}</p>}
      <EndpointSection
        endpoint={endpoint}
        busy={busy}
        message={message}
        testResult={testResult}
        onSave={saveEndpoint}
        onTest={async () => {
          setBusy(true);
          setTestResult(null);
          const reply = await sendMessage('testEndpoint', {});
          setBusy(false);
          if (reply.ok) setTestResult(reply.value);
          else setMessage({ ok: false, text: t('optTestFailed', reply.error) });
        }}
        onRemove={async () => {
          const reply = await sendMessage('removeEndpoint', {});
          if (!reply.ok) setMessage({ ok: false, text: reply.error });
          await refresh();
        }}
      />
      <OutboxSection
        status={outbox}
        now={now}
        onAction={async (key, action) => {
          const reply = await sendMessage('outboxAction', { key, action });
          if (!reply.ok) setMessage({ ok: false, text: reply.error });
          await refresh();
        }}
      />
      {settings && (
        <>
          <TeamSettings
            settings={settings.settings}
            locked={settings.locked}
            helpdesks={adapters.map((a) => ({ id: a.id, name: a.name }))}
            defaultChecklists={defaultChecklists}
            onChange={(next) => void saveSettings(next)}
            onAddHost={(host, helpdesk) => {
              const parsed = hostNameSchema.safeParse(host);
              const pattern = parsed.success ? hostPattern(parsed.data) : undefined;
              if (!parsed.success || !pattern) return setMessage({ ok: false, text: t('optBadHost') });
              const permission = requestOrigin(pattern);
              void (async () => {
                const granted = await permission;
                await saveSettings({ ...settings.settings, customHosts: { ...settings.settings.customHosts, [parsed.data]: helpdesk } });
                setMessage(granted ? { ok: true, text: t('optSaved') } : { ok: false, text: t('optHostNoPermission') });
              })();
            }}
            onRemoveHost={(host) => {
              const { [host]: _removed, ...rest } = settings.settings.customHosts;
              void saveSettings({ ...settings.settings, customHosts: rest });
            }}
          />
          <ImportExport
            exportText={exportSettings(settings.settings)}
            onImport={async (text) => {
              const parsed = parseSettingsImport(text);
              if (!parsed.ok) return parsed.error;
              await saveSettings(parsed.value);
              return null;
            }}
          />
        </>
      )}
    </>
  );
}
