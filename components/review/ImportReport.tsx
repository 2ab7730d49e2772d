import { t } from '@/lib/i18n';
import type { ImportProblem } from '@/lib/review/records-io';
import type { MergeReply } from '@/lib/schema';

export type ImportState =
  | { phase: 'reading'; fileName: string }
  /** Some rows failed: nothing is stored until the lead chooses. */
  | { phase: 'review'; fileName: string; valid: number; total: number; problems: ImportProblem[] }
  | { phase: 'saving'; fileName: string; done: number; valid: number }
  | { phase: 'done'; fileName: string; merge: MergeReply; skipped: number }
  | { phase: 'failed'; fileName: string; error: string };

export interface ImportReportProps {
  state: ImportState | null;
  onApply(): void;
  onDismiss(): void;
}

/** Problems listed in full up to this many; a file with more shows the count of the rest. */
const SHOWN_PROBLEMS = 50;

/**
 * What an import did, or what it would do. A file with bad rows is never half-applied behind the
 * lead's back: every bad row is listed by its line, and the good ones are stored only on request.
 */
export function ImportReport({ state, onApply, onDismiss }: ImportReportProps) {
  if (!state) return null;
  return (
    <section class="nm-import-report" aria-labelledby="nm-import-heading" data-testid="nm-import-report" data-phase={state.phase}>
      <h2 id="nm-import-heading">{t('rvImportHeading', state.fileName)}</h2>
      {state.phase === 'reading' && <p role="status">{t('rvImportReading')}</p>}
      {state.phase === 'saving' && <p role="status">{t('rvImportSaving', [String(state.done), String(state.valid)])}</p>}
      {state.phase === 'failed' && <p role="alert">{state.error}</p>}
      {state.phase === 'done' && (
        <p role="status" data-testid="nm-import-result">
          {t('rvImportDone', [String(state.merge.added), String(state.merge.updated), String(state.merge.unchanged), String(state.merge.kept)])}
          {state.skipped > 0 && ` ${t('rvImportSkipped', String(state.skipped))}`}
        </p>
      )}
      {state.phase === 'review' && (
        <>
          <p role="alert" data-testid="nm-import-problems-summary">
            {t('rvImportProblems', [String(state.problems.length), String(state.total), String(state.valid)])}
          </p>
          <ul class="nm-problems" data-testid="nm-import-problems">
            {state.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>
                <strong>{p.where}</strong>: {p.message}
              </li>
            ))}
          </ul>
          {state.problems.length > SHOWN_PROBLEMS && <p>{t('rvImportMoreProblems', String(state.problems.length - SHOWN_PROBLEMS))}</p>}
          {state.valid > 0 && (
            <button type="button" data-testid="nm-import-apply" onClick={onApply}>
              {t('rvImportApply', String(state.valid))}
            </button>
          )}{' '}
        </>
      )}
      {state.phase !== 'reading' && state.phase !== 'saving' && (
        <button type="button" class="nm-link" onClick={onDismiss}>
          {state.phase === 'review' ? t('rvImportCancel') : t('rvClose')}
        </button>
      )}
    </section>
  );
}
