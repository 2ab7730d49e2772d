import type { ChecklistStep } from '@/lib/checklists';
import { t } from '@/lib/i18n';
import type { SignalName } from '@/lib/schema';
import { signalLabel } from './labels';
import { trusted } from './trusted';

export interface ChecklistProps {
  signal: SignalName;
  steps: readonly ChecklistStep[];
  done: ReadonlySet<string>;
  compact: boolean;
  onToggle(stepId: string): void;
  onInsert(step: ChecklistStep): void;
  onCopySummary(): void;
  /** The "log the near miss" step is done by logging: it moves focus to the log form. */
  onGoToLog(): void;
}

/** The concierge recovery checklist for the ticket's signal; progress is kept per ticket. */
export function Checklist({ signal, steps, done, compact, onToggle, onInsert, onCopySummary, onGoToLog }: ChecklistProps) {
  const doneCount = steps.filter((step) => done.has(step.id)).length;
  // In a live chat only the next open step (and the ones already ticked) earn the room.
  const next = steps.find((step) => !done.has(step.id));
  const shown = compact ? steps.filter((step) => done.has(step.id) || step === next) : steps;
  return (
    <section class="nm-checklist" aria-labelledby="nm-checklist-heading">
      <h3 id="nm-checklist-heading">
        {t('checklistHeading')} · {signalLabel(signal)}
      </h3>
      <p class="nm-muted" aria-live="polite">
        {t('checklistProgress', [String(doneCount), String(steps.length)])}
      </p>
      <ol>
        {shown.map((step) => {
          const checked = done.has(step.id);
          const inputId = `nm-step-${step.id}`;
          return (
            <li key={step.id} class={checked ? 'nm-step nm-step-done' : 'nm-step'} data-testid="nm-check-item" data-step-id={step.id} data-done={String(checked)}>
              {/* A scripted click is cancelled by `trusted` (the box does not even flip); a real one toggles. */}
              <input id={inputId} type="checkbox" checked={checked} onClick={trusted(() => onToggle(step.id))} />
              <label for={inputId}>{step.text}</label>
              {step.response && (
                <button type="button" class="nm-inline" onClick={trusted(() => onInsert(step))} aria-label={`${t('checklistInsert')}: ${step.text}`}>
                  {t('checklistInsert')}
                </button>
              )}
              {step.kind === 'copy_summary' && (
                <button type="button" class="nm-inline" onClick={trusted(onCopySummary)}>
                  {t('checklistCopySummary')}
                </button>
              )}
              {step.kind === 'log' && !checked && (
                <button type="button" class="nm-inline" onClick={trusted(onGoToLog)}>
                  {t('checklistGoToLog')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
