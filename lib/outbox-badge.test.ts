import { describe, expect, it } from 'vitest';
import { outboxBadge, STALE_PENDING_MS } from './outbox-badge';
import type { OutboxStatusReply } from './schema';

const titles = { attention: (n: number) => `${n} need you`, stale: () => 'stale', idle: () => 'idle' };
const now = 1_800_000_000_000;
function status(overrides: Partial<OutboxStatusReply['counts']> = {}, oldestPendingAt: number | null = null): OutboxStatusReply {
  return {
    counts: { pending: 0, in_flight: 0, delivered: 0, failed: 0, needs_confirmation: 0, ...overrides },
    oldestPendingAt,
    lastSuccessAt: null,
    lastError: null,
    endpointDisabled: null,
    attention: [],
  };
}

describe('outboxBadge', () => {
  it.each([
    ['nothing queued', status(), { text: '', title: 'idle' }],
    ['delivered only', status({ delivered: 40 }), { text: '', title: 'idle' }],
    ['pending for a minute', status({ pending: 3 }, now - 60_000), { text: '', title: 'idle' }],
    ['pending for an hour', status({ pending: 3 }, now - STALE_PENDING_MS), { text: '…', title: 'stale' }],
    ['one failed', status({ failed: 1 }), { text: '1', title: '1 need you' }],
    ['failed and waiting for confirmation', status({ failed: 2, needs_confirmation: 3 }, now - STALE_PENDING_MS * 30), { text: '5', title: '5 need you' }],
    ['many', status({ needs_confirmation: 150 }), { text: '99+', title: '150 need you' }],
  ])('%s', (_name, input, expected) => {
    expect(outboxBadge(input, now, titles)).toMatchObject(expected);
  });
});
