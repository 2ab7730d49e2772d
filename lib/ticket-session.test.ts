// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { adapterById } from './adapters';
import { detect } from './detect';
import { loadFixture, type LoadedFixture } from './adapters/test-fixtures';
import { startTicketSession, type TicketView } from './ticket-session';

describe('ticket session views', () => {
  let loaded: LoadedFixture | undefined;
  let controller = new AbortController();
  afterEach(async () => {
    controller.abort();
    controller = new AbortController();
    await loaded?.window.happyDOM.close();
  });

  it('lists flags in thread order (oldest first) on a helpdesk whose DOM lists the newest first', async () => {
    // FreeScout renders the newest thread at the top; its adapter reads oldest first.
    loaded = loadFixture('freescout', 'conversation-email.html', 'https://support.example.com/conversation/1182');
    const adapter = adapterById('freescout')!;
    const ticket = adapter.readTicket(loaded.document)!;
    const customer = ticket.messages.filter((m) => m.author === 'customer');
    expect(customer.map((m) => m.id)).toEqual(['5911', '5931']);
    expect(customer[1]!.element.compareDocumentPosition(customer[0]!.element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // A team cue in each message, so both are flagged whatever the lexicon.
    const detectOptions = { extraCues: { signals: { passive: ['this month', 'this out today'] } } };
    const seen: TicketView[] = [];
    const view = await new Promise<TicketView>((resolve) =>
      startTicketSession({
        adapter,
        doc: loaded!.document,
        signal: controller.signal,
        detectTexts: async (texts) => texts.map((text) => detect(text, detectOptions)),
        onView: (next) => {
          seen.push(next);
          if (next.ready) resolve(next);
        },
      }),
    );
    // First a view that says a ticket is open (the tab can mount), then the one with every flag.
    expect(seen[0]).toMatchObject({ ready: false, ticketId: '1182', flags: [] });
    expect(view.customerMessages).toBe(2);
    expect(view.flags.map((flag) => flag.messageId)).toEqual(['5911', '5931']);
  });

  it('asks for customer messages only, and says why when the background cannot answer', async () => {
    loaded = loadFixture('freescout', 'conversation-email.html', 'https://support.example.com/conversation/1182');
    const adapter = adapterById('freescout')!;
    const asked: string[][] = [];
    const view = await new Promise<TicketView>((resolve) =>
      startTicketSession({
        adapter,
        doc: loaded!.document,
        signal: controller.signal,
        detectTexts: async (texts) => {
          asked.push(texts);
          throw new Error('Could not establish connection. Receiving end does not exist.');
        },
        onView: (next) => next.ready && resolve(next),
      }),
    );
    const customerTexts = adapter.readTicket(loaded.document)!.messages.filter((m) => m.author === 'customer').map((m) => m.text);
    expect(asked).toEqual([customerTexts]);
    expect(view).toMatchObject({ ready: true, customerMessages: 2, flags: [], problem: 'Could not establish connection. Receiving end does not exist.' });
  });

  it('shows a newly arrived customer message in the count only together with its detection', async () => {
    loaded = loadFixture('freescout', 'conversation-email.html', 'https://support.example.com/conversation/1182');
    const adapter = adapterById('freescout')!;
    const detectOptions = { extraCues: { signals: { passive: ['is just okay'] } } };
    // Detection of the new message waits until the test lets it through, as a slow round trip would.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const seen: TicketView[] = [];
    let onSeen: (() => void) | undefined;
    await new Promise<void>((resolve) =>
      startTicketSession({
        adapter,
        doc: loaded!.document,
        signal: controller.signal,
        detectTexts: async (texts) => {
          if (calls++ > 0) await held;
          return texts.map((text) => detect(text, detectOptions));
        },
        onView: (next) => {
          seen.push(next);
          if (next.ready) resolve();
          onSeen?.();
        },
      }),
    );
    expect(seen.at(-1)).toMatchObject({ ready: true, customerMessages: 2 });
    const flaggedBefore = seen.at(-1)!.flags.map((flag) => flag.messageId);
    expect(flaggedBefore).not.toContain('9999');
    const firstCustomer = loaded.document.querySelector('.thread.thread-type-customer')!;
    const arrived = firstCustomer.cloneNode(true) as Element;
    arrived.id = 'thread-9999';
    arrived.setAttribute('data-thread_id', '9999');
    arrived.querySelector('.thread-body')!.textContent = 'The new dashboard is just okay, nothing special.';
    const viewsBefore = seen.length;
    firstCustomer.parentElement!.prepend(arrived);
    // Give the observer its turn and more: no view may count the new message before its detection.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toBe(2);
    expect(seen.slice(viewsBefore).filter((view) => view.customerMessages === 3)).toEqual([]);
    const flagged = new Promise<void>((resolve) => (onSeen = () => seen.at(-1)!.customerMessages === 3 && resolve()));
    release();
    await flagged;
    expect(seen.at(-1)!.flags.map((flag) => flag.messageId)).toEqual([...flaggedBefore, '9999']);
  });
});
