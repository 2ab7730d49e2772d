// @vitest-environment happy-dom
/**
 * Reading cost on a long thread. Targets (Chromium): a 500-message thread ≤ 10 ms, one new message
 * ≤ 1 ms. happy-dom's selector engine is several times slower than a browser's, so the bounds here
 * are the targets × 10: they catch accidental O(n²) reads (e.g. a per-message document scan), not
 * Chromium-level timing, which the e2e suite measures.
 */
import { describe, expect, it } from 'vitest';
import { chatwoot } from './chatwoot';
import { rt } from './rt';
import { zendesk } from './zendesk';

const HAPPY_DOM_FACTOR = 10;
const N = 500;

function chatwootThread(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const customer = i % 2 === 0;
    rows.push(
      `<div id="message${i}" class="flex w-full ${customer ? 'justify-start' : 'justify-end'}" data-message-id="${i}"><div class="grid"><div class="[grid-area:bubble] flex">` +
        `<div class="text-sm ${customer ? 'bg-n-slate-4' : 'bg-n-solid-blue'} rounded-xl px-4 py-3" data-bubble-name="text"><span class="prose prose-bubble"><p>Message ${i}: the app is great, but the export keeps timing out.</p><p>Second paragraph ${i}.</p></span></div>` +
        `</div></div></div>`,
    );
  }
  return `<ul class="conversation-panel">${rows.join('')}</ul>`;
}

function rtHistory(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const user = i % 2 === 0 ? 27 : 14;
    rows.push(
      `<div class="transaction Ticket-transaction message" data-transaction-id="${100 + i}"><div class="metadata"><span class="description"><span class="user" data-user-id="${user}"><a>u</a></span> - Correspondence added</span></div>` +
        `<div class="content"><div class="messagebody"><div class="message-stanza">Line one ${i}<br />Line two<br /><br />-- <br />Sig</div></div></div></div>`,
    );
  }
  return `<div id="header"><h1>#1: Subject</h1></div><div class="ticket-info-people"><div class="requestors"><div class="value"><span class="user" data-user-id="27"><a>Jane &lt;jane@example.com&gt;</a></span></div></div></div><div id="delayed_ticket_history"><div class="history-container">${rows.join('')}</div></div>`;
}

function time(fn: () => void, repeat = 3): number {
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe(`reading a ${N}-message thread`, () => {
  it('chatwoot: full read and per-message read stay linear', () => {
    history.replaceState({}, '', '/app/accounts/1/conversations/9');
    document.body.innerHTML = chatwootThread(N);
    let count = 0;
    const full = time(() => {
      count = chatwoot.readTicket(document)!.messages.length;
    });
    expect(count).toBe(N);
    const last = document.querySelector(`[data-message-id="${N - 1}"]`)!;
    const one = time(() => void chatwoot.readMessage(last), 20);
    expect(full).toBeLessThan(10 * HAPPY_DOM_FACTOR);
    expect(one).toBeLessThan(1 * HAPPY_DOM_FACTOR);
  });

  it('rt: full read stays linear (requestors looked up once, not per transaction)', () => {
    document.body.innerHTML = rtHistory(N);
    let customers = 0;
    const full = time(() => {
      customers = rt.readTicket(document)!.messages.filter((m) => m.author === 'customer').length;
    });
    expect(customers).toBe(N / 2);
    expect(full).toBeLessThan(10 * HAPPY_DOM_FACTOR);
    const one = time(() => void rt.readMessage(document.querySelector('[data-transaction-id="599"]')!), 20);
    expect(one).toBeLessThan(1 * HAPPY_DOM_FACTOR);
  });

  it('zendesk: reading scoped to the active pane', () => {
    const items = Array.from({ length: N }, (_, i) =>
      `<article data-test-id="omni-log-comment-item" id="comment-${i}"><div data-test-id="omni-log-item-message" type="${i % 2 ? 'agent' : 'end-user'}"><div data-test-id="omni-log-message-content"><div class="zd-comment"><p>Comment ${i}</p></div></div></div></article>`,
    ).join('');
    document.body.innerHTML = `<div id="main_panes"><div class="ticket-panes-grid-layout" data-is-active="true"><div data-side-conversations-anchor-id="1"><div data-test-id="omni-log-container">${items}</div></div></div></div>`;
    const full = time(() => void zendesk.readTicket(document));
    expect(full).toBeLessThan(10 * HAPPY_DOM_FACTOR);
  });
});
