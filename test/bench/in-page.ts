/** Bundled into the benchmark page by content.bench.ts: times the adapter and detector in Chromium. */
import { adapterById } from '@/lib/adapters';
import { detect } from '@/lib/detect';
import { customerLine, zendeskMessage } from './threads';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export function measure(): Record<string, number> {
  const zendesk = adapterById('zendesk')!;
  const readThread: number[] = [];
  let texts: string[] = [];
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    const ticket = zendesk.readTicket(document);
    readThread.push(performance.now() - start);
    texts = ticket?.messages.filter((m) => m.author === 'customer').map((m) => m.text) ?? [];
  }
  const log = document.querySelector('[data-test-id="omni-log-container"]')!;
  // Pages' clocks are coarsened (0.1 ms steps), so single calls are timed in batches and divided.
  const elements: Element[] = [];
  for (let i = 0; i < 200; i++) {
    const template = document.createElement('template');
    template.innerHTML = zendeskMessage(9000 + i, 'end-user', customerLine(i));
    elements.push(template.content.firstElementChild!);
    log.append(template.content);
  }
  let start = performance.now();
  for (const element of elements) zendesk.readMessage(element);
  const readOne = (performance.now() - start) / elements.length;
  start = performance.now();
  for (const text of texts) detect(text);
  const detectOne = (performance.now() - start) / texts.length;
  return { readThread: median(readThread), readOne, detectOne };
}

/**
 * Chatwoot live chat (run on the conversation-live-chat fixture): the thread grown to 500 rows by
 * cloning its own customer and agent rows (fresh ids and text), then new customer rows arriving.
 */
export function measureChatwoot(): Record<string, number> {
  const chatwoot = adapterById('chatwoot')!;
  const ticket = chatwoot.readTicket(document)!;
  const customerRow = ticket.messages.find((m) => m.author === 'customer')!.element;
  const agentRow = ticket.messages.find((m) => m.author === 'agent')!.element;
  const list = customerRow.parentElement!;
  const row = (template: Element, id: number, text: string) => {
    const clone = template.cloneNode(true) as Element;
    clone.id = `message${id}`;
    clone.setAttribute('data-message-id', String(id));
    clone.querySelector('.prose-bubble p')!.textContent = text;
    return clone;
  };
  for (let i = ticket.messages.length; i < 500; i++) {
    list.append(i % 2 === 0 ? row(customerRow, 20000 + i, customerLine(i / 2)) : row(agentRow, 20000 + i, 'Thanks, checking this for you now.'));
  }
  const readThread: number[] = [];
  let count = 0;
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    count = chatwoot.readTicket(document)?.messages.length ?? 0;
    readThread.push(performance.now() - start);
  }
  // Coarsened page clock (0.1 ms steps): 200 new rows timed as one batch, as measure() does.
  const elements: Element[] = [];
  for (let i = 0; i < 200; i++) {
    const element = row(customerRow, 30000 + i, customerLine(i));
    elements.push(element);
    list.append(element);
  }
  const start = performance.now();
  for (const element of elements) chatwoot.readMessage(element);
  const readOne = (performance.now() - start) / elements.length;
  return { messages: count, readThread: median(readThread), readOne };
}
