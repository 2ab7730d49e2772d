import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { NearMissRecord, ReviewEdit } from '@/lib/schema';
import { categories, factorsByCategory } from '@/lib/vocabulary';
import { changeStatuses, effectiveSignal, outcomes } from '@/lib/review/filter';
import { categoryLabel, factorLabel, longDate, outcomeLabel, segmentLabel, signalLabel, statusLabel } from './labels';

export interface AnalysisPanelProps {
  record: NearMissRecord | undefined;
  /** Blameless mode: no agent name is shown even if a record carries one. */
  blameless: boolean;
  saving: boolean;
  message: { ok: boolean; text: string } | null;
  onSave(edit: Omit<ReviewEdit, 'id'>): void;
}

type Category = (typeof categories)[number];
type Draft = Required<Omit<ReviewEdit, 'id'>>;

const draftOf = (r: NearMissRecord): Draft => ({
  category: r.category,
  factor: r.factor,
  contributed: r.contributed,
  recommendedChange: r.recommendedChange,
  changeStatus: r.changeStatus,
  outcome: r.outcome,
});

/**
 * The analysis of one near miss, framed by the product's root-cause questions: which area
 * (process, systems, human connection), then that area's follow-up question; what contributed; the
 * recommended change and its status; the recovery outcome. What, how and why, never who: the
 * agent's name appears only when the team has turned blameless mode off.
 */
export function AnalysisPanel({ record, blameless, saving, message, onSave }: AnalysisPanelProps) {
  const [draft, setDraft] = useState<Draft | null>(record ? draftOf(record) : null);
  // A different record, or a newer version of this one, resets the form.
  useEffect(() => setDraft(record ? draftOf(record) : null), [record?.id, record?.updatedAt]);

  if (!record || !draft) {
    return (
      <section class="nm-analysis" aria-labelledby="nm-analysis-heading" data-testid="nm-analysis">
        <h2 id="nm-analysis-heading">{t('rvAnalysisHeading')}</h2>
        <p class="nm-muted">{t('rvSelectHint')}</p>
      </section>
    );
  }
  const signal = effectiveSignal(record);
  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(record));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });

  return (
    <section class="nm-analysis" aria-labelledby="nm-analysis-heading" data-testid="nm-analysis" data-id={record.id}>
      <h2 id="nm-analysis-heading">{t('rvAnalysisTicket', [record.helpdesk, record.ticketId])}</h2>
      <p class="nm-analysis-meta">
        <span class={`nm-badge nm-signal-${signal}`}>{signalLabel(signal)}</span>{' '}
        {record.correction?.kind === 'corrected' && <span class="nm-muted">{t('rvCorrectedFrom', signalLabel(record.signal))} </span>}
        {record.correction?.kind === 'dismissed' && <span class="nm-muted">{t('rvDismissed')} </span>}
        <span class="nm-muted">{t('rvLoggedAt', [longDate(record.createdAt), String(Math.round(record.confidence * 100))])}</span>
      </p>
      <dl class="nm-facts">
        <div>
          <dt>{t('rvSegment')}</dt>
          <dd>{record.segment ? segmentLabel(record.segment) : '—'}</dd>
        </div>
        <div>
          <dt>{t('rvChannel')}</dt>
          <dd>{t(`rvChannel_${record.channel}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('rvChecklist')}</dt>
          <dd>{t('rvChecklistDone', [String(record.checklist.done.length), String(record.checklist.total)])}</dd>
        </div>
        {!blameless && record.agentName && (
          <div>
            <dt>{t('rvAgent')}</dt>
            <dd data-testid="nm-analysis-agent">{record.agentName}</dd>
          </div>
        )}
      </dl>
      <p>
        <a href={record.ticketUrl} target="_blank" rel="noopener noreferrer">
          {t('rvOpenTicket')}
        </a>
      </p>
      {record.evidence.length > 0 && (
        <>
          <h3>{t('rvEvidence')}</h3>
          {record.evidence.map((e, i) => (
            <blockquote key={i} class="nm-quote" data-testid="nm-analysis-quote">
              {e.quote}
            </blockquote>
          ))}
        </>
      )}
      <form
        class="nm-analysis-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(draft);
        }}
      >
        <fieldset>
          <legend>{t('rvRootCause')}</legend>
          {categories.map((c) => (
            <label key={c} class="nm-choice">
              <input
                type="radio"
                name="nm-category"
                value={c}
                checked={draft.category === c}
                onChange={() => setDraft({ ...draft, category: c, factor: (factorsByCategory[c] as readonly string[]).includes(draft.factor ?? '') ? draft.factor : null })}
              />
              <span>
                <strong>{categoryLabel(c)}</strong> <span class="nm-muted">{t(`rvQuestion_${c}` as MessageKey)}</span>
              </span>
            </label>
          ))}
          <label class="nm-choice">
            <input type="radio" name="nm-category" value="" checked={draft.category === null} onChange={() => setDraft({ ...draft, category: null, factor: null })} />
            <span>{t('rvCategoryNone')}</span>
          </label>
        </fieldset>
        {draft.category && (
          <fieldset data-testid="nm-analysis-factor">
            <legend>{t(`rvFollowUp_${draft.category}` as MessageKey)}</legend>
            {factorsByCategory[draft.category as Category].map((f) => (
              <label key={f} class="nm-choice nm-choice-inline">
                <input type="radio" name="nm-factor" value={f} checked={draft.factor === f} onChange={() => set('factor', f)} />
                <span>{factorLabel(f)}</span>
              </label>
            ))}
            <label class="nm-choice nm-choice-inline">
              <input type="radio" name="nm-factor" value="" checked={draft.factor === null} onChange={() => set('factor', null)} />
              <span>{t('rvUnsure')}</span>
            </label>
          </fieldset>
        )}
        <label class="nm-block" for="nm-contributed">
          {t('rvContributed')}
        </label>
        <textarea id="nm-contributed" rows={2} maxLength={4096} value={draft.contributed} onInput={(e) => set('contributed', e.currentTarget.value)} />
        <label class="nm-block" for="nm-recommended">
          {t('rvRecommended')}
        </label>
        <textarea id="nm-recommended" rows={2} maxLength={4096} value={draft.recommendedChange} onInput={(e) => set('recommendedChange', e.currentTarget.value)} />
        <div class="nm-analysis-row">
          <div class="nm-field">
            <label for="nm-change-status">{t('rvChangeStatus')}</label>
            <select id="nm-change-status" data-testid="nm-analysis-status" value={draft.changeStatus} onChange={(e) => set('changeStatus', e.currentTarget.value as Draft['changeStatus'])}>
              {changeStatuses.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <div class="nm-field">
            <label for="nm-outcome">{t('rvOutcome')}</label>
            <select id="nm-outcome" data-testid="nm-analysis-outcome" value={draft.outcome} onChange={(e) => set('outcome', e.currentTarget.value as Draft['outcome'])}>
              {outcomes.map((o) => (
                <option key={o} value={o}>
                  {outcomeLabel(o)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" data-testid="nm-analysis-save" disabled={saving || !changed}>
            {saving ? t('rvSaving') : t('rvSave')}
          </button>
        </div>
        <p role="status" aria-live="polite" class={message && !message.ok ? 'nm-error' : 'nm-muted'} data-testid="nm-analysis-message">
          {message?.text}
        </p>
      </form>
    </section>
  );
}
