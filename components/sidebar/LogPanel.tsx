import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CategoryName, SignalName } from '@/lib/schema';
import { factorsByCategory, suggestedSegments } from '@/lib/vocabulary';
import { categoryLabel, categoryNames, factorLabel, signalLabel, signalNames } from './labels';
import { trusted } from './trusted';

export interface LogFields {
  /** Only when logging by hand (nothing flagged): the kind the agent saw. */
  signal: SignalName | null;
  category: CategoryName | null;
  factor: string | null;
  contributed: string;
  recommendedChange: string;
  segment: string | null;
}

export type LogStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'logged'; id: string; canUndo: boolean }
  | { state: 'undone' }
  | { state: 'error'; error: string };

export interface LogPanelProps {
  /** Prefilled from the detection: the suggested root cause. */
  suggested: Pick<LogFields, 'category' | 'factor'>;
  status: LogStatus;
  /** Bumped to move focus to the form (the checklist's "log" step, the start-log command). */
  focusRequest: number;
  /**
   * Nothing was flagged: the detector holds back when unsure, so the agent can still log what they
   * saw, choosing its kind.
   */
  manual: boolean;
  onLog(fields: LogFields): void;
  onUpdate(fields: LogFields): void;
  onUndo(): void;
}

/**
 * One-click logging: everything is prefilled, so the button alone logs; the optional fields can be
 * filled before, or after (then "Save details" sends them as an update).
 */
export function LogPanel({ suggested, status, focusRequest, manual, onLog, onUpdate, onUndo }: LogPanelProps) {
  const [fields, setFields] = useState<LogFields>({ signal: null, ...suggested, contributed: '', recommendedChange: '', segment: null });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);
  // A new suggestion (another flag became the ticket's main one) refreshes fields the agent has not touched.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) setFields((current) => ({ ...current, ...suggested }));
  }, [suggested.category, suggested.factor]);

  const set = <K extends keyof LogFields>(key: K, value: LogFields[K]) => {
    setTouched(true);
    setFields((current) => {
      const next = { ...current, [key]: value };
      // A factor belongs to one category: changing the category clears a factor that no longer fits.
      if (key === 'category') {
        const allowed: readonly string[] = value ? factorsByCategory[value as CategoryName] : [];
        if (next.factor && !allowed.includes(next.factor)) next.factor = null;
      }
      return next;
    });
  };
  const factors: readonly string[] = fields.category ? factorsByCategory[fields.category] : [];
  const logged = status.state === 'logged';

  return (
    <section class="nm-log" aria-labelledby="nm-log-heading">
      <h3 id="nm-log-heading" tabIndex={-1} ref={heading}>
        {manual ? t('logManualHeading') : t('logHeading')}
      </h3>
      {manual && (
        <div class="nm-field">
          <p class="nm-muted">{t('logManualHint')}</p>
          <label for="nm-manual-signal">{t('logManualSignal')}</label>
          <select id="nm-manual-signal" value={fields.signal ?? ''} onChange={trusted((event: Event) => set('signal', ((event.currentTarget as HTMLSelectElement).value || null) as SignalName | null))}>
            <option value="">{t('logUnsure')}</option>
            {signalNames.map((signal) => (
              <option key={signal} value={signal}>
                {signalLabel(signal)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="nm-field">
        <label for="nm-category">{t('logCategory')}</label>
        <select id="nm-category" data-testid="nm-category" value={fields.category ?? ''} onChange={trusted((event: Event) => set('category', ((event.currentTarget as HTMLSelectElement).value || null) as CategoryName | null))}>
          <option value="">{t('logUnsure')}</option>
          {categoryNames.map((category) => (
            <option key={category} value={category}>
              {categoryLabel(category)}
            </option>
          ))}
        </select>
      </div>
      {factors.length > 0 && (
        <div class="nm-field">
          <label for="nm-factor">{t('logFactor')}</label>
          <select id="nm-factor" value={fields.factor ?? ''} onChange={trusted((event: Event) => set('factor', (event.currentTarget as HTMLSelectElement).value || null))}>
            <option value="">{t('logUnsure')}</option>
            {factors.map((factor) => (
              <option key={factor} value={factor}>
                {factorLabel(factor)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="nm-field">
        <label for="nm-contributed">{t('logContributed')}</label>
        <textarea id="nm-contributed" rows={2} maxLength={4096} value={fields.contributed} onInput={trusted((event: Event) => set('contributed', (event.currentTarget as HTMLTextAreaElement).value))} />
      </div>
      <div class="nm-field">
        <label for="nm-recommended">{t('logRecommended')}</label>
        <textarea id="nm-recommended" rows={2} maxLength={4096} value={fields.recommendedChange} onInput={trusted((event: Event) => set('recommendedChange', (event.currentTarget as HTMLTextAreaElement).value))} />
      </div>
      <div class="nm-field">
        <label for="nm-segment">{t('logSegment')}</label>
        <select id="nm-segment" value={fields.segment ?? ''} onChange={trusted((event: Event) => set('segment', (event.currentTarget as HTMLSelectElement).value || null))}>
          <option value="">{t('logUnsure')}</option>
          {suggestedSegments.map((segment) => (
            <option key={segment} value={segment}>
              {t(`segment_${segment}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="nm-actions">
        {!logged && (
          <button type="button" class="nm-primary" data-testid="nm-log" disabled={status.state === 'saving' || (manual && !fields.signal)} onClick={trusted(() => onLog(fields))}>
            {status.state === 'saving' ? t('logSaving') : t('logButton')}
          </button>
        )}
        {logged && (
          <button type="button" onClick={trusted(() => onUpdate(fields))}>
            {t('logSaveDetails')}
          </button>
        )}
        {logged && status.canUndo && (
          <button type="button" onClick={trusted(onUndo)}>
            {t('logUndo')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" class="nm-log-status">
        {logged && <span data-testid="nm-logged">{t('logDone')}</span>}
        {status.state === 'undone' && t('logUndone')}
        {status.state === 'error' && <span class="nm-error">{t('logFailed', status.error)}</span>}
      </p>
    </section>
  );
}
