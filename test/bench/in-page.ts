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
