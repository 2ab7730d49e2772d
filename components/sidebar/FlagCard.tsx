import type { SignalName } from '@/lib/schema';
import { t } from '@/lib/i18n';
import { signalLabel, signalNames } from './labels';
import { trusted } from './trusted';

export interface EvidenceView {
  start: number;
  end: number;
  cue: string;
  reason: string;
}

export interface FlagView {
  messageId: string;
  /** The signal shown: the agent's correction when there is one, else the detector's. */
  signal: SignalName;
  detected: SignalName;
  confidence: number;
  evidence: EvidenceView[];
  /** The message text the offsets point into. */
  text: string;
  dismissed: boolean;
}

export interface FlagCardProps {
  flag: FlagView;
  selected: boolean;
  compact: boolean;
  onShow(messageId: string): void;
  onDismiss(messageId: string, dismissed: boolean): void;
  onCorrect(messageId: string, signal: SignalName): void;
}

const CONTEXT = 60;

/** The evidence phrase in its sentence, cue marked: enough to recognise the message at a glance. */
function Excerpt({ text, evidence }: { text: string; evidence: EvidenceView }) {
  const from = Math.max(0, evidence.start - CONTEXT);
  const to = Math.min(text.length, evidence.end + CONTEXT);
  return (
    <q class="nm-excerpt">
      {from > 0 && '…'}
      {text.slice(from, evidence.start)}
      <mark data-testid="nm-evidence">{text.slice(evidence.start, evidence.end)}</mark>
      {text.slice(evidence.end, to)}
      {to < text.length && '…'}
    </q>
  );
}

export function FlagCard({ flag, selected, compact, onShow, onDismiss, onCorrect }: FlagCardProps) {
  const primary = flag.evidence[0];
  const labelId = `nm-flag-${flag.messageId}`;
  return (
    <li
      class={`nm-flag nm-signal-${flag.signal}${flag.dismissed ? ' nm-dismissed' : ''}${selected ? ' nm-selected' : ''}`}
      data-testid="nm-signal"
      data-signal={flag.signal}
      data-message-id={flag.messageId}
      aria-labelledby={labelId}
    >
      <div class="nm-flag-head">
        <span class="nm-badge" id={labelId}>
          {signalLabel(flag.signal)}
        </span>
        <span class="nm-confidence">{t('flagConfidence', String(Math.round(flag.confidence * 100)))}</span>
        {flag.dismissed && <span class="nm-muted">{t('flagDismissed')}</span>}
      </div>
      {flag.signal === 'churn_risk' && !flag.dismissed && <p class="nm-warning">{t('signalHint_churn_risk')}</p>}
      {primary && <Excerpt text={flag.text} evidence={primary} />}
      {!compact && (
        <ul class="nm-reasons">
          {flag.evidence.map((evidence) => (
            <li key={`${evidence.start}-${evidence.end}`}>
              <strong>{evidence.cue}</strong>: {evidence.reason}
            </li>
          ))}
        </ul>
      )}
      {compact && primary && <p class="nm-reason">{primary.reason}</p>}
      <div class="nm-actions">
        <button type="button" onClick={trusted(() => onShow(flag.messageId))}>
          {t('flagShow')}
        </button>
        <button type="button" aria-pressed={flag.dismissed} onClick={trusted(() => onDismiss(flag.messageId, !flag.dismissed))}>
          {flag.dismissed ? t('flagRestore') : t('flagDismiss')}
        </button>
        <label class="nm-correct">
          <span class="nm-visually-hidden">{t('flagCorrect')}</span>
          <select
            value={flag.signal}
            aria-label={t('flagCorrect')}
            onChange={trusted((event: Event) => onCorrect(flag.messageId, (event.currentTarget as HTMLSelectElement).value as SignalName))}
          >
            {signalNames.map((signal) => (
              <option key={signal} value={signal}>
                {signalLabel(signal)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </li>
  );
}
