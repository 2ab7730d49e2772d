/**
 * What the toolbar badge says about the outbox (reliability target R10: nothing sits unseen).
 * A log that needs the agent (failed, or waiting for "was it delivered?") shows its count in red; a
 * log still pending after an hour shows an amber "…"; otherwise the badge is empty. Pure, so the
 * thresholds are tested without a browser.
 */
import type { OutboxStatusReply } from './schema';

/** Pending this long means the endpoint has been failing for a while: worth a glance. */
export const STALE_PENDING_MS = 60 * 60 * 1000;

export interface Badge {
  text: string;
  color: string;
  /** The toolbar button's tooltip: says why the badge is there. */
  title: string;
}

export function outboxBadge(status: OutboxStatusReply, now: number, titles: { attention(n: number): string; stale(): string; idle(): string }): Badge {
  const attention = status.counts.failed + status.counts.needs_confirmation;
  if (attention > 0) return { text: attention > 99 ? '99+' : String(attention), color: '#b42318', title: titles.attention(attention) };
  if (status.oldestPendingAt !== null && now - status.oldestPendingAt >= STALE_PENDING_MS) return { text: '…', color: '#b54708', title: titles.stale() };
  return { text: '', color: '#b42318', title: titles.idle() };
}
