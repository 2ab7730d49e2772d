import { useEffect, useMemo, useState } from 'preact/hooks';
import { Sidebar, type FlagView, type LogFields, type LogStatus } from '@/components/sidebar/Sidebar';
import { signalLabel } from '@/components/sidebar/labels';
import type { HelpdeskAdapter } from '@/lib/adapters';
import type { ChecklistStep } from '@/lib/checklists';
import { DETECTOR_VERSION } from '@/lib/detect/version';
import { clearHighlights, highlightEvidence } from '@/lib/dom/highlight';
import { insertText } from '@/lib/dom/insert';
import { t } from '@/lib/i18n';
import { evidenceQuotes } from '@/lib/quotes';
import { sendMessage } from '@/lib/messages';
import type { HelloReply, SignalName, TicketState } from '@/lib/schema';
import type { Flag, TicketView } from '@/lib/ticket-session';

export interface BrowserCommand {
  command: 'toggle-sidebar' | 'start-log';
  at: number;
}

export interface AppProps {
  adapter: HelpdeskAdapter;
  hello: HelloReply;
  view: TicketView;
  /** The latest browser command (keyboard shortcut) relayed by the background. */
  command: BrowserCommand | undefined;
  onPaused(): void;
}

type Correction = TicketState['corrections'][string];

/** The signal the checklist and the log follow: a churn threat anywhere first, else the latest flag. */
function mainFlag(flags: readonly FlagView[]): FlagView | undefined {
  const active = flags.filter((flag) => !flag.dismissed);
  return active.find((flag) => flag.signal === 'churn_risk') ?? active[active.length - 1];
}

function toFlagView(flag: Flag, correction: Correction | undefined): FlagView {
  return {
    messageId: flag.messageId,
    signal: correction?.kind === 'corrected' ? correction.signal : flag.detection.signal,
    detected: flag.detection.signal,
    confidence: flag.detection.confidence,
    evidence: flag.detection.evidence,
    text: flag.text,
    dismissed: correction?.kind === 'dismissed',
  };
}

export function App({ adapter, hello, view, command, onPaused }: AppProps) {
  const [open, setOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [state, setState] = useState<TicketState>({ done: [], corrections: {} });
  const [logStatus, setLogStatus] = useState<LogStatus>({ state: 'idle' });
  const [focusRequest, setFocusRequest] = useState(0);
  const key = { helpdesk: adapter.id, ticketId: view.ticketId };

  // Progress and corrections survive reloads and navigation: they live in the background's storage.
  useEffect(() => {
    void sendMessage('getTicketState', key).then((reply) => reply.ok && setState(reply.value));
  }, [view.ticketId]);

  useEffect(() => {
    if (!command) return;
    if (command.command === 'toggle-sidebar') setOpen((value) => !value);
    else {
      setOpen(true);
      setFocusRequest((n) => n + 1);
    }
  }, [command?.at]);

  const flags = useMemo(() => view.flags.map((flag) => toFlagView(flag, state.corrections[flag.messageId])), [view, state.corrections]);
  const main = mainFlag(flags);
  const mainDetection = main && view.flags.find((flag) => flag.messageId === main.messageId)?.detection;
  const steps: readonly ChecklistStep[] = main ? hello.checklists[main.signal] : [];
  const done = useMemo(() => new Set(state.done), [state.done]);

  const save = (next: TicketState) => {
    setState(next);
    void sendMessage('saveTicketState', { ...key, ...next }).then((reply) => {
      if (!reply.ok) setNotice(reply.error);
    });
  };
  const markDone = (stepId: string) => {
    if (!done.has(stepId)) save({ ...state, done: [...state.done, stepId] });
  };
  const correct = (messageId: string, correction: Correction | undefined) => {
    const corrections = { ...state.corrections };
    if (correction) corrections[messageId] = correction;
    else delete corrections[messageId];
    save({ ...state, corrections });
  };

  const summary = () => {
    const quote = main ? (evidenceQuotes(main.text, main.evidence.slice(0, 1), 40)[0] ?? '') : '';
    const progress = t('checklistProgress', [String(steps.filter((step) => done.has(step.id)).length), String(steps.length)]);
    return t('summaryTemplate', [adapter.name, view.ticketId, location.href, main ? signalLabel(main.signal) : '', quote, progress]);
  };

  const log = async (fields: LogFields) => {
    // A flagged message logs with its detection; with nothing flagged the agent names the kind and
    // the record says so by carrying no evidence and a confidence of 0.
    const signal = main?.detected ?? fields.signal;
    if (!signal) return;
    setLogStatus({ state: 'saving' });
    const correction = main ? (state.corrections[main.messageId] ?? null) : null;
    const reply = await sendMessage('logNearMiss', {
      id: crypto.randomUUID(),
      helpdesk: adapter.id,
      ticketId: view.ticketId,
      ticketUrl: location.href,
      channel: view.channel,
      signal,
      confidence: main?.confidence ?? 0,
      evidence: main ? evidenceQuotes(main.text, main.evidence).slice(0, 10).map((quote) => ({ quote, messageId: main.messageId })) : [],
      detectorVersion: DETECTOR_VERSION,
      correction,
      category: fields.category,
      factor: fields.category ? (fields.factor as never) : null,
      contributed: fields.contributed,
      recommendedChange: fields.recommendedChange,
      segment: fields.segment,
      checklist: { done: steps.filter((step) => done.has(step.id) || step.kind === 'log').map((step) => step.id), total: steps.length },
      outcome: 'pending',
    });
    // The confirmation shows only once the background has committed the record.
    if (!reply.ok) {
      setLogStatus({ state: 'error', error: reply.error });
      return;
    }
    const logStep = steps.find((step) => step.kind === 'log');
    if (logStep) markDone(logStep.id);
    setLogStatus({ state: 'logged', id: reply.value.id, canUndo: true });
    setTimeout(() => setLogStatus((status) => (status.state === 'logged' ? { ...status, canUndo: false } : status)), Math.max(0, reply.value.undoUntil - Date.now()));
  };

  return (
    <Sidebar
      helpdeskName={adapter.name}
      ticketId={view.ticketId}
      backgroundVersion={hello.version}
      open={open}
      compact={view.channel === 'chat'}
      ready={view.ready}
      customerMessages={view.customerMessages}
      problem={view.problem}
      flags={flags}
      selectedId={selectedId}
      checklist={main ? { signal: main.signal, steps, done } : undefined}
      log={{ suggested: { category: mainDetection?.category ?? null, factor: mainDetection?.factor ?? null }, status: logStatus, focusRequest, manual: !main }}
      notice={notice}
      onToggle={() => {
        setOpen(!open);
        if (open) clearHighlights(document);
      }}
      onShow={(messageId) => {
        const flag = view.flags.find((candidate) => candidate.messageId === messageId);
        if (!flag) return;
        setSelectedId(messageId);
        highlightEvidence(flag.element, flag.detection.evidence.map((evidence) => evidence.cue));
      }}
      onDismiss={(messageId, dismissed) => correct(messageId, dismissed ? { kind: 'dismissed' } : undefined)}
      onCorrect={(messageId, signal: SignalName) => {
        const detected = view.flags.find((flag) => flag.messageId === messageId)?.detection.signal;
        correct(messageId, signal === detected ? undefined : { kind: 'corrected', signal });
      }}
      onToggleStep={(stepId) => save({ ...state, done: done.has(stepId) ? state.done.filter((id) => id !== stepId) : [...state.done, stepId] })}
      onInsert={async (step) => {
        const editor = adapter.editor.find(document);
        const result = editor && step.response ? await insertText(editor, step.response) : undefined;
        setNotice(result?.ok ? t('noticeInserted') : t('noticeInsertFailed'));
        if (result?.ok) markDone(step.id);
      }}
      onCopySummary={async () => {
        try {
          await navigator.clipboard.writeText(summary());
          setNotice(t('noticeCopied'));
          const copyStep = steps.find((step) => step.kind === 'copy_summary');
          if (copyStep) markDone(copyStep.id);
        } catch {
          setNotice(t('noticeCopyFailed'));
        }
      }}
      onGoToLog={() => setFocusRequest((n) => n + 1)}
      onLog={(fields) => void log(fields)}
      onUpdateLog={async (fields) => {
        if (logStatus.state !== 'logged') return;
        const reply = await sendMessage('updateNearMiss', {
          id: logStatus.id,
          fields: {
            category: fields.category,
            factor: fields.category ? (fields.factor as never) : null,
            contributed: fields.contributed,
            recommendedChange: fields.recommendedChange,
            segment: fields.segment,
          },
        });
        setNotice(reply.ok ? t('logDone') : t('logFailed', reply.error));
      }}
      onUndoLog={async () => {
        if (logStatus.state !== 'logged') return;
        const reply = await sendMessage('undoNearMiss', { id: logStatus.id });
        if (!reply.ok) {
          setLogStatus({ state: 'error', error: reply.error });
          return;
        }
        setLogStatus({ state: 'undone' });
        save({ ...state, done: state.done.filter((id) => !steps.some((step) => step.kind === 'log' && step.id === id)) });
      }}
      onPause={async (scope) => {
        const reply = await sendMessage('pauseSidebar', scope === 'site' ? { scope, host: location.host } : { scope, minutes: 60 });
        if (reply.ok) onPaused();
        else setNotice(reply.error);
      }}
      onOpenReview={async () => {
        const reply = await sendMessage('openReview', {});
        if (!reply.ok) setNotice(reply.error);
      }}
    />
  );
}
