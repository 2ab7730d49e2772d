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
  const readOne: number[] = [];
  for (let i = 0; i < 101; i++) {
    const template = document.createElement('template');
    template.innerHTML = zendeskMessage(9000 + i, 'end-user', customerLine(i));
    const element = template.content.firstElementChild!;
    log.append(element);
    const start = performance.now();
    zendesk.readMessage(element);
    readOne.push(performance.now() - start);
  }
  const detectOne: number[] = [];
  for (const text of texts) {
    const start = performance.now();
    detect(text);
    detectOne.push(performance.now() - start);
  }
  return { readThread: median(readThread), readOne: median(readOne), detectOne: median(detectOne) };
}
