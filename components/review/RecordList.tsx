import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { NearMissRecord } from '@/lib/schema';
import { effectiveSignal } from '@/lib/review/filter';
import { categoryLabel, factorLabel, outcomeLabel, shortDate, signalLabel, statusLabel } from './labels';

export interface RecordListProps {
  records: readonly NearMissRecord[];
  selectedId: string | undefined;
  onSelect(id: string): void;
  /** Rendered height of the scroll area, px (the page sets it; tests pass a small one). */
  height?: number;
}

/** Fixed row height, px: the virtual list positions rows by index, so every row is this tall. */
export const ROW_HEIGHT = 64;
/** Rows rendered above and below the visible ones, so a fast scroll does not show blanks. */
const OVERSCAN = 6;

/**
 * The near-miss list, virtualized: only the rows in view (plus a few) are in the DOM, so 10,000
 * records cost what 20 do. Each row is a button in a list item that carries its position in the
 * whole list (aria-posinset/setsize), so a screen reader still hears "3 of 10,000". Up/Down move
 * the selection and keep it in view. All text is rendered as text nodes (Preact escapes it).
 */
export function RecordList({ records, selectedId, onSelect, height = 520 }: RecordListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const frame = useRef(0);

  // A new filter result starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [records]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(records.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const visible = records.slice(first, last);

  function move(delta: number) {
    const index = records.findIndex((r) => r.id === selectedId);
    const next = records[Math.min(records.length - 1, Math.max(0, (index === -1 ? -1 : index) + delta))];
    if (!next) return;
    onSelect(next.id);
    const el = scroller.current;
    const target = records.indexOf(next) * ROW_HEIGHT;
    if (el && (target < el.scrollTop || target + ROW_HEIGHT > el.scrollTop + height)) el.scrollTop = target - height / 2;
    // Focus follows once the row is rendered.
    requestAnimationFrame(() => el?.querySelector<HTMLButtonElement>(`[data-id="${next.id}"]`)?.focus());
  }

  if (records.length === 0) return <p class="nm-empty" data-testid="nm-review-empty">{t('rvNoMatches')}</p>;

  return (
    <div
      ref={scroller}
      class="nm-list"
      style={{ height: `${height}px` }}
      data-testid="nm-review-list"
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => setScrollTop(top));
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          move(e.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      <ul aria-label={t('rvListLabel')} style={{ height: `${records.length * ROW_HEIGHT}px` }}>
        {visible.map((record, i) => {
          const index = first + i;
          const signal = effectiveSignal(record);
          const quote = record.evidence[0]?.quote ?? '';
          return (
            <li key={record.id} aria-setsize={records.length} aria-posinset={index + 1} style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}>
              <button
                type="button"
                class="nm-row"
                data-testid="nm-review-row"
                data-id={record.id}
                aria-current={record.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(record.id)}
              >
                <span class="nm-row-top">
                  <span class={`nm-badge nm-signal-${signal}`}>{signalLabel(signal)}</span>
                  <span class="nm-row-cause">
                    {record.category ? categoryLabel(record.category) : t('rvCategoryNone')}
                    {record.factor ? ` · ${factorLabel(record.factor)}` : ''}
                  </span>
                  <span class="nm-row-meta">
                    {record.helpdesk} #{record.ticketId} · {shortDate(record.createdAt)}
                  </span>
                </span>
                <span class="nm-row-bottom">
                  <span class="nm-row-quote">{quote}</span>
                  <span class={`nm-pill nm-outcome-${record.outcome}`}>{outcomeLabel(record.outcome)}</span>
                  {record.recommendedChange.trim() && <span class={`nm-pill nm-status-${record.changeStatus}`}>{statusLabel(record.changeStatus)}</span>}
                  {record.correction?.kind === 'dismissed' && <span class="nm-pill">{t('rvDismissed')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
