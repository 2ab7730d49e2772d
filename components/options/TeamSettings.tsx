import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings, SignalName } from '@/lib/schema';
import type { ChecklistStep } from '@/lib/checklists';
import { signals } from '@/lib/vocabulary';
import { LockedNote } from './LockedNote';

export interface TeamSettingsProps {
  settings: Settings;
  /** Settings keys set by the administrator's policy. */
  locked: readonly string[];
  helpdesks: ReadonlyArray<{ id: string; name: string }>;
  defaultChecklists: Readonly<Record<SignalName, ChecklistStep[]>>;
  onChange(next: Settings): void;
  /** Called from the click itself: the host permission request needs the user gesture. */
  onAddHost(host: string, helpdesk: string): void;
  onRemoveHost(host: string): void;
}

/** Privacy (redaction, blameless), helpdesks and custom hosts, and the checklist editor. */
export function TeamSettings({ settings, locked, helpdesks, defaultChecklists, onChange, onAddHost, onRemoveHost }: TeamSettingsProps) {
  const is = (key: keyof Settings) => locked.includes(key);
  const [patterns, setPatterns] = useState(settings.redaction.patterns.join('\n'));
  const [host, setHost] = useState('');
  const [hostHelpdesk, setHostHelpdesk] = useState(helpdesks[0]?.id ?? '');
  const [signal, setSignal] = useState<SignalName>('frustrated_retained');
  const steps = settings.checklists[signal] ?? defaultChecklists[signal];
  const setSteps = (next: ChecklistStep[]) => onChange({ ...settings, checklists: { ...settings.checklists, [signal]: next } });

  return (
    <>
      <section aria-labelledby="nm-privacy-heading">
        <h2 id="nm-privacy-heading">{t('optPrivacyHeading')}</h2>
        <label>
          <input type="checkbox" data-testid="nm-redaction" checked={settings.redaction.enabled} disabled={is('redaction')} onChange={(e) => onChange({ ...settings, redaction: { ...settings.redaction, enabled: e.currentTarget.checked } })} />
          {t('optRedaction')}
          <LockedNote locked={is('redaction')} />
        </label>
        <label>
          {t('optRedactionPatterns')}
          <textarea
            rows={3}
            data-testid="nm-redaction-patterns"
            value={patterns}
            disabled={is('redaction')}
            onInput={(e) => setPatterns(e.currentTarget.value)}
            onBlur={() => onChange({ ...settings, redaction: { ...settings.redaction, patterns: patterns.split('\n').map((p) => p.trim()).filter(Boolean) } })}
          />
        </label>
        <label>
          <input type="checkbox" data-testid="nm-blameless" checked={settings.blameless} disabled={is('blameless')} onChange={(e) => onChange({ ...settings, blameless: e.currentTarget.checked })} />
          {t('optBlameless')}
          <LockedNote locked={is('blameless')} />
        </label>
        {!settings.blameless && (
          <label>
            {t('optAgentName')}
            <input data-testid="nm-agent-name" value={settings.agentName} maxLength={120} onChange={(e) => onChange({ ...settings, agentName: e.currentTarget.value })} />
          </label>
        )}
      </section>

      <section aria-labelledby="nm-helpdesks-heading">
        <h2 id="nm-helpdesks-heading">{t('optHelpdesksHeading')}</h2>
        <LockedNote locked={is('disabledHelpdesks')} />
        <ul class="nm-plain">
          {helpdesks.map((helpdesk) => (
            <li key={helpdesk.id}>
              <label>
                <input
                  type="checkbox"
                  data-testid={`nm-helpdesk-${helpdesk.id}`}
                  checked={!settings.disabledHelpdesks.includes(helpdesk.id)}
                  disabled={is('disabledHelpdesks')}
                  onChange={(e) =>
                    onChange({
                      ...settings,
                      disabledHelpdesks: e.currentTarget.checked ? settings.disabledHelpdesks.filter((id) => id !== helpdesk.id) : [...settings.disabledHelpdesks, helpdesk.id],
                    })
                  }
                />
                {helpdesk.name}
              </label>
            </li>
          ))}
        </ul>
        <h3>{t('optCustomHosts')}</h3>
        <LockedNote locked={is('customHosts')} />
        <ul class="nm-plain" data-testid="nm-custom-hosts">
          {Object.entries(settings.customHosts).map(([name, id]) => (
            <li key={name}>
              {name} → {helpdesks.find((h) => h.id === id)?.name ?? id}{' '}
              <button type="button" disabled={is('customHosts')} onClick={() => onRemoveHost(name)}>{t('optRemove')}</button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onAddHost(host.trim().toLowerCase(), hostHelpdesk);
            setHost('');
          }}
        >
          <label>
            {t('optHost')}
            <input data-testid="nm-custom-host" value={host} placeholder="support.example.com" disabled={is('customHosts')} onInput={(e) => setHost(e.currentTarget.value)} />
          </label>
          <select aria-label={t('optHelpdesk')} value={hostHelpdesk} disabled={is('customHosts')} onChange={(e) => setHostHelpdesk(e.currentTarget.value)}>
            {helpdesks.map((h) => (
              <option key={h.id} value={h.id}>{h.name}</option>
            ))}
          </select>
          <button type="submit" data-testid="nm-add-host" disabled={is('customHosts') || !host.trim()}>{t('optAddHost')}</button>
        </form>
      </section>

      <section aria-labelledby="nm-checklists-heading">
        <h2 id="nm-checklists-heading">{t('optChecklistsHeading')}</h2>
        <LockedNote locked={is('checklists')} />
        <select aria-label={t('optSignal')} data-testid="nm-checklist-signal" value={signal} onChange={(e) => setSignal(e.currentTarget.value as SignalName)}>
          {signals.map((s) => (
            <option key={s} value={s}>{t(`signal_${s}` as Parameters<typeof t>[0])}</option>
          ))}
        </select>
        <ol data-testid="nm-checklist-steps">
          {steps.map((step, index) => (
            <li key={step.id}>
              <input
                aria-label={t('optStepText')}
                value={step.text}
                maxLength={300}
                disabled={is('checklists')}
                onChange={(e) => setSteps(steps.map((s, i) => (i === index ? { ...s, text: e.currentTarget.value } : s)))}
              />
              <button type="button" disabled={is('checklists') || steps.length <= 1} onClick={() => setSteps(steps.filter((_, i) => i !== index))}>{t('optRemove')}</button>
            </li>
          ))}
        </ol>
        <button type="button" disabled={is('checklists') || steps.length >= 20} onClick={() => setSteps([...steps, { id: `custom-${Date.now().toString(36)}`, text: t('optNewStep') }])}>{t('optAddStep')}</button>{' '}
        <button
          type="button"
          disabled={is('checklists')}
          onClick={() => {
            const { [signal]: _dropped, ...rest } = settings.checklists;
            onChange({ ...settings, checklists: rest });
          }}
        >
          {t('optResetChecklist')}
        </button>
      </section>
    </>
  );
}
