import { t } from '@/lib/i18n';
import { categories, factorsByCategory, signals } from '@/lib/vocabulary';
import { changeStatuses, outcomes, type ReviewFilter } from '@/lib/review/filter';
import { categoryLabel, factorLabel, outcomeLabel, segmentLabel, signalLabel, statusLabel } from './labels';

export interface FiltersProps {
  filter: ReviewFilter;
  helpdesks: readonly string[];
  segments: readonly string[];
  onChange(filter: ReviewFilter): void;
}

interface Choice {
  value: string;
  label: string;
}

/** One labelled <select>; the empty option means "any". */
function Pick(props: { id: keyof ReviewFilter; label: string; value: string | undefined; choices: Choice[]; testId?: string; onPick(value: string): void }) {
  const id = `nm-filter-${props.id}`;
  return (
    <div class="nm-field">
      <label for={id}>{props.label}</label>
      <select id={id} data-testid={props.testId} value={props.value ?? ''} onChange={(e) => props.onPick(e.currentTarget.value)}>
        <option value="">{t('rvAny')}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The filter bar: signal, root cause, factor, helpdesk, segment, outcome, change status, dates and
 * free text. Emits a whole new filter on every change; the page decides when to apply it.
 */
export function Filters({ filter, helpdesks, segments, onChange }: FiltersProps) {
  const set = <K extends keyof ReviewFilter>(key: K, value: string) => {
    const next: ReviewFilter = { ...filter, [key]: value || undefined };
    // A factor belongs to one category: picking another category clears a factor it does not hold.
    if (key === 'category' && next.factor) {
      const allowed: readonly string[] = next.category && next.category !== 'none' ? factorsByCategory[next.category] : [];
      if (!allowed.includes(next.factor)) next.factor = undefined;
    }
    onChange(next);
  };
  const factorChoices = (filter.category && filter.category !== 'none' ? [filter.category] : filter.category === 'none' ? [] : categories).flatMap((c) =>
    factorsByCategory[c].map((f) => ({ value: f, label: `${factorLabel(f)} (${categoryLabel(c)})` })),
  );
  return (
    <form role="search" aria-label={t('rvFiltersLabel')} class="nm-filters" onSubmit={(e) => e.preventDefault()}>
      <div class="nm-field nm-field-wide">
        <label for="nm-filter-q">{t('rvSearch')}</label>
        <input id="nm-filter-q" type="search" data-testid="nm-review-search" value={filter.q ?? ''} placeholder={t('rvSearchPlaceholder')} onInput={(e) => set('q', e.currentTarget.value)} />
      </div>
      <Pick id="signal" label={t('rvSignal')} value={filter.signal} choices={signals.map((s) => ({ value: s, label: signalLabel(s) }))} onPick={(v) => set('signal', v)} />
      <Pick
        id="category"
        label={t('rvCategory')}
        value={filter.category}
        testId="nm-review-filter-category"
        choices={[...categories, 'none' as const].map((c) => ({ value: c, label: categoryLabel(c) }))}
        onPick={(v) => set('category', v)}
      />
      <Pick id="factor" label={t('rvFactor')} value={filter.factor} choices={factorChoices} onPick={(v) => set('factor', v)} />
      <Pick id="helpdesk" label={t('rvHelpdesk')} value={filter.helpdesk} choices={helpdesks.map((h) => ({ value: h, label: h }))} onPick={(v) => set('helpdesk', v)} />
      <Pick id="segment" label={t('rvSegment')} value={filter.segment} choices={segments.map((s) => ({ value: s, label: segmentLabel(s) }))} onPick={(v) => set('segment', v)} />
      <Pick id="outcome" label={t('rvOutcome')} value={filter.outcome} choices={outcomes.map((o) => ({ value: o, label: outcomeLabel(o) }))} onPick={(v) => set('outcome', v)} />
      <Pick id="changeStatus" label={t('rvChangeStatus')} value={filter.changeStatus} choices={changeStatuses.map((s) => ({ value: s, label: statusLabel(s) }))} onPick={(v) => set('changeStatus', v)} />
      <div class="nm-field">
        <label for="nm-filter-from">{t('rvFrom')}</label>
        <input id="nm-filter-from" type="date" value={filter.from ?? ''} max={filter.to} onInput={(e) => set('from', e.currentTarget.value)} />
      </div>
      <div class="nm-field">
        <label for="nm-filter-to">{t('rvTo')}</label>
        <input id="nm-filter-to" type="date" value={filter.to ?? ''} min={filter.from} onInput={(e) => set('to', e.currentTarget.value)} />
      </div>
      <div class="nm-field nm-field-button">
        <button type="button" onClick={() => onChange({})}>
          {t('rvClearFilters')}
        </button>
      </div>
    </form>
  );
}
