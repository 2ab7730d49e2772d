// Thread-level summary for the sidebar. Incremental: pass the previous summary and messages whose
// id and text are unchanged reuse their detection instead of being detected again.
import type { Category, Detection, DetectOptions, Signal } from './types';

export interface ThreadMessage {
  id: string;
  text: string;
}

export interface ThreadEntry {
  id: string;
  text: string;
  detection: Detection;
}

export interface ThreadSummary {
  /** Detector version and options key the detections were made with; a mismatch forces re-detection. */
  detectorVersion: string;
  optionsKey: string;
  /** One entry per input message, in input order. */
  perMessage: ThreadEntry[];
  /** The most urgent signal flagged in the thread (churn_risk > frustrated_retained > great_but > passive). */
  signal: Signal | null;
  confidence: number;
  /** Message carrying the overall signal with the highest confidence. */
  strongestId: string | null;
  /** Root cause of the strongest message, else the most frequent one among flagged messages. */
  category: Category | null;
  factor?: string;
  counts: Record<Signal, number>;
  /** Ids of flagged messages, in input order. */
  flaggedIds: string[];
  /** How many messages were detected in this call (the rest were reused). */
  detectedCount: number;
}

export interface SummarizeOptions extends DetectOptions {
  /** The summary returned by the previous call for this ticket or chat. */
  previous?: ThreadSummary;
}

/** Urgency order of signals, most urgent first: a churn threat needs escalation now. */
export const SIGNAL_PRIORITY: readonly Signal[] = ['churn_risk', 'frustrated_retained', 'great_but', 'passive'];

export function summarize(
  messages: readonly ThreadMessage[],
  options: SummarizeOptions | undefined,
  detect: (text: string, options?: DetectOptions) => Detection,
  version: string,
  optionsKey: string,
): ThreadSummary {
  const prev = options?.previous;
  const reuse = new Map<string, ThreadEntry>();
  if (prev && prev.detectorVersion === version && prev.optionsKey === optionsKey) {
    for (const e of prev.perMessage) reuse.set(e.id, e);
  }
  const counts: Record<Signal, number> = { great_but: 0, frustrated_retained: 0, passive: 0, churn_risk: 0 };
  const perMessage: ThreadEntry[] = [];
  const flaggedIds: string[] = [];
  const catCount = new Map<string, number>();
  let detected = 0;
  let best: ThreadEntry | null = null;
  let bestRank = Infinity;
  for (const m of messages) {
    const old = reuse.get(m.id);
    let entry: ThreadEntry;
    if (old && old.text === m.text) entry = old;
    else {
      entry = { id: m.id, text: m.text, detection: detect(m.text, options) };
      detected++;
    }
    perMessage.push(entry);
    const d = entry.detection;
    if (d.signal) {
      counts[d.signal]++;
      flaggedIds.push(m.id);
      if (d.category) {
        const key = `${d.category}/${d.factor ?? ''}`;
        catCount.set(key, (catCount.get(key) ?? 0) + 1);
      }
      const rank = SIGNAL_PRIORITY.indexOf(d.signal);
      if (rank < bestRank || (rank === bestRank && best && d.confidence > best.detection.confidence)) {
        best = entry;
        bestRank = rank;
      }
    }
  }
  let category: Category | null = best?.detection.category ?? null;
  let factor = best?.detection.factor;
  if (!category && catCount.size) {
    const [key] = [...catCount.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const [c, f] = key.split('/');
    category = c as Category;
    factor = f || undefined;
  }
  return {
    detectorVersion: version,
    optionsKey,
    perMessage,
    signal: best?.detection.signal ?? null,
    confidence: best?.detection.confidence ?? 0,
    strongestId: best?.id ?? null,
    category,
    ...(factor ? { factor } : {}),
    counts,
    flaggedIds,
    detectedCount: detected,
  };
}
