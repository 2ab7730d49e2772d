// Public API of the near-miss detector: pure TypeScript, no DOM, no extension APIs.
import { analyze } from './engine/engine';
import { getLexicon } from './lexicons';
import { extensionFor } from './options';
import { summarize, type SummarizeOptions, type ThreadMessage, type ThreadSummary } from './thread';
import type { Detection, DetectOptions } from './types';
import { DETECTOR_VERSION } from './version';

export type { Category, CueTag, Detection, DetectOptions, Evidence, Lexicon, PhraseRule, Sensitivity, Signal } from './types';
export type { SummarizeOptions, ThreadEntry, ThreadMessage, ThreadSummary } from './thread';
export { SIGNAL_PRIORITY } from './thread';
export { THRESHOLDS } from './engine/engine';

export { DETECTOR_VERSION };

/** Reads one customer message and says whether it is a near miss, of which kind, why, and its likely root cause. */
let defaultLexicon: ReturnType<typeof getLexicon> | null = null;

export function detect(text: string, options?: DetectOptions): Detection {
  if (options === undefined) return analyze(text, (defaultLexicon ??= getLexicon()), null, 'balanced');
  const lx = getLexicon(options.language);
  return analyze(text, lx, extensionFor(options, lx), options?.sensitivity ?? 'balanced');
}

const keyCache = new WeakMap<object, string>();
const DEFAULT_KEY = JSON.stringify({ sensitivity: 'balanced' });
function optionsKey(options: DetectOptions | undefined): string {
  if (!options) return DEFAULT_KEY;
  let k = keyCache.get(options);
  if (k === undefined) {
    const { previous: _previous, ...rest } = options as SummarizeOptions;
    k = JSON.stringify({ ...rest, sensitivity: rest.sensitivity ?? 'balanced' });
    keyCache.set(options, k);
  }
  return k;
}

/**
 * Summarises a ticket's customer messages for the sidebar. Pass the previous summary as
 * `options.previous` when messages arrive (live chat): unchanged messages are not detected again.
 */
export function summarizeThread(messages: readonly ThreadMessage[], options?: SummarizeOptions): ThreadSummary {
  return summarize(messages, options, detect, DETECTOR_VERSION, optionsKey(options));
}
