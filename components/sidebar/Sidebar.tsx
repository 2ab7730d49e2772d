import { useRef } from 'preact/hooks';
import type { ChecklistStep } from '@/lib/checklists';
import { t } from '@/lib/i18n';
import type { SignalName } from '@/lib/schema';
import { Checklist } from './Checklist';
import { FlagCard, type FlagView } from './FlagCard';
import { LogPanel, type LogFields, type LogStatus } from './LogPanel';
import { trusted } from './trusted';

export type { FlagView } from './FlagCard';
export type { LogFields, LogStatus } from './LogPanel';

export interface SidebarProps {
  helpdeskName: string;
  ticketId: string;
  /** The background's version: set once it has answered the content script. */
  backgroundVersion: string;
  open: boolean;
  /** Live chat: one line per flag, only the next checklist step. */
  compact: boolean;
  ready: boolean;
  customerMessages: number;
  /** Why some customer messages could not be checked; absent when all were. */
  problem?: string;
  flags: FlagView[];
  selectedId: string | undefined;
  /** The checklist of the ticket's main signal; absent while nothing is flagged. */
  checklist: { signal: SignalName; steps: readonly ChecklistStep[]; done: ReadonlySet<string> } | undefined;
  log: { suggested: Pick<LogFields, 'category' | 'factor'>; status: LogStatus; focusRequest: number; manual: boolean };
  /** A short transient message ("Inserted into the reply."), announced politely. */
  notice: string | undefined;
  onToggle(): void;
  onShow(messageId: string): void;
  onDismiss(messageId: string, dismissed: boolean): void;
  onCorrect(messageId: string, signal: SignalName): void;
  onToggleStep(stepId: string): void;
  onInsert(step: ChecklistStep): void;
  onCopySummary(): void;
  onGoToLog(): void;
  onLog(fields: LogFields): void;
  onUpdateLog(fields: LogFields): void;
  onUndoLog(): void;
  onPause(scope: 'site' | 'snooze'): void;
  /** Opens the team review page (through the background: a content script cannot open extension pages). */
  onOpenReview?(): void;
}

/**
 * The agent's sidebar (styles: ./sidebar.css, which the content script puts in the shadow root). Collapsed to a small tab by default so it never covers the helpdesk, fixed
 * so it never shifts the helpdesk's layout, and it never takes focus unless the agent opens it.
 */
export function Sidebar(props: SidebarProps) {
  const { open, compact, flags, checklist, log } = props;
  const tab = useRef<HTMLButtonElement>(null);
  const active = flags.filter((flag) => !flag.dismissed);
  const churn = active.some((flag) => flag.signal === 'churn_risk');
  const tabLabel = active.length > 0 ? t('sidebarTabCount', String(active.length)) : t('sidebarTab');
  const onKeyDown = trusted((event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      props.onToggle();
      tab.current?.focus();
    }
  });

  return (
    <aside
      class={`nm-sidebar${open ? ' nm-open' : ''}${compact ? ' nm-compact' : ''}`}
      data-testid="nm-sidebar"
      data-background-version={props.backgroundVersion}
      data-ready={String(props.ready)}
      aria-label={t('sidebarLabel')}
      onKeyDown={onKeyDown}
    >
      <button
        ref={tab}
        type="button"
        class={`nm-tab${churn ? ' nm-tab-churn' : active.length ? ' nm-tab-flagged' : ''}`}
        aria-expanded={open}
        aria-controls="nm-panel"
        aria-label={open ? t('sidebarClose') : tabLabel}
        data-testid="nm-tab"
        data-count={active.length}
        onClick={trusted(props.onToggle)}
      >
        <span aria-hidden="true">{t('sidebarTab')}</span>
        {active.length > 0 && (
          <span class="nm-count" aria-hidden="true">
            {active.length}
          </span>
        )}
      </button>
      {open && (
        <div class="nm-panel" id="nm-panel">
          <header class="nm-header">
            <h2 class="nm-title">
              {props.helpdeskName} · #{props.ticketId}
            </h2>
            <p class="nm-muted">{props.ready ? t('sidebarRead', String(props.customerMessages)) : t('sidebarScanning')}</p>
          </header>
          <section aria-labelledby="nm-flags-heading">
            <h3 id="nm-flags-heading">{t('sidebarFlagsHeading')}</h3>
            {props.problem !== undefined && (
              <p class="nm-muted nm-error" role="status">
                {t('sidebarDetectFailed', props.problem)}
              </p>
            )}
            {props.ready && flags.length === 0 && props.problem === undefined && <p class="nm-muted">{t('sidebarNoFlags')}</p>}
            <ul class="nm-flags">
              {flags.map((flag) => (
                <FlagCard
                  key={flag.messageId}
                  flag={flag}
                  compact={compact}
                  selected={flag.messageId === props.selectedId}
                  onShow={props.onShow}
                  onDismiss={props.onDismiss}
                  onCorrect={props.onCorrect}
                />
              ))}
            </ul>
          </section>
          {checklist && (
            <Checklist
              signal={checklist.signal}
              steps={checklist.steps}
              done={checklist.done}
              compact={compact}
              onToggle={props.onToggleStep}
              onInsert={props.onInsert}
              onCopySummary={props.onCopySummary}
              onGoToLog={props.onGoToLog}
            />
          )}
          <LogPanel
            suggested={log.suggested}
            status={log.status}
            focusRequest={log.focusRequest}
            manual={log.manual}
            onLog={props.onLog}
            onUpdate={props.onUpdateLog}
            onUndo={props.onUndoLog}
          />
          <p class="nm-notice" role="status" aria-live="polite">
            {props.notice}
          </p>
          <footer class="nm-footer">
            <button type="button" class="nm-link" onClick={trusted(() => props.onPause('snooze'))}>
              {t('menuSnooze')}
            </button>
            <button type="button" class="nm-link" onClick={trusted(() => props.onPause('site'))}>
              {t('menuOffSite')}
            </button>
            {props.onOpenReview && (
              <button type="button" class="nm-link" data-testid="nm-open-review" onClick={trusted(() => props.onOpenReview?.())}>
                {t('sidebarOpenReview')}
              </button>
            )}
          </footer>
        </div>
      )}
    </aside>
  );
}
