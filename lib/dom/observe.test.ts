// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { observeThread, type ThreadChange } from './observe';

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 40));

function message(id: string, text: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'msg';
  el.dataset.id = id;
  el.innerHTML = `<p>${text}</p>`;
  return el;
}

let thread: HTMLElement;
let controller: AbortController;
let changes: ThreadChange[];

beforeEach(() => {
  document.body.innerHTML = '<main><div id="thread"></div></main>';
  thread = document.getElementById('thread')!;
  thread.append(message('1', 'first'));
  controller = new AbortController();
  changes = [];
});
afterEach(() => controller.abort());

function start(extra: Partial<Parameters<typeof observeThread>[0]> = {}): void {
  observeThread({ root: thread, messageSelector: '.msg', signal: controller.signal, onChange: (c) => changes.push(c), ...extra });
}

describe('observeThread', () => {
  it('batches a burst of mutations into one report per frame, in document order', async () => {
    start();
    thread.append(message('2', 'second'));
    thread.append(message('3', 'third'));
    const wrapper = document.createElement('section');
    wrapper.append(message('4', 'older page a'), message('5', 'older page b'));
    thread.append(wrapper);
    await Promise.resolve(); // the MutationObserver callback has run by now (a microtask)...
    await Promise.resolve();
    expect(changes).toHaveLength(0); // ...and only queued: the work waits for the frame
    await nextFrame();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.added.map((el) => (el as HTMLElement).dataset.id)).toEqual(['2', '3', '4', '5']);
    expect(changes[0]!.changed).toEqual([]);
    expect(changes[0]!.overflow).toBe(false);
  });

  it('reports a message whose content changed (edit, expand, streaming text) as changed, once', async () => {
    start();
    const first = thread.querySelector('.msg p')!;
    first.textContent = 'first, edited';
    first.append(document.createElement('br'));
    (first.firstChild as Text).data = 'first, edited again';
    await nextFrame();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.changed).toEqual([thread.querySelector('.msg')]);
    expect(changes[0]!.added).toEqual([]);
  });

  it('reports removed messages', async () => {
    start();
    const first = thread.querySelector('.msg')!;
    first.remove();
    await nextFrame();
    expect(changes[0]!.removed).toEqual([first]);
  });

  it('ignores irrelevant nodes (script, style, svg) and non-message chrome', async () => {
    start();
    thread.append(document.createElement('script'));
    thread.append(document.createElement('style'));
    thread.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    const typing = document.createElement('div');
    typing.className = 'typing-indicator';
    thread.append(typing);
    await nextFrame();
    expect(changes).toEqual([]);
  });

  it('does nothing after abort, including a flush already scheduled', async () => {
    start();
    thread.append(message('2', 'second'));
    controller.abort();
    thread.append(message('3', 'third'));
    await nextFrame();
    expect(changes).toEqual([]);
  });

  it('does not start on an already aborted signal', async () => {
    controller.abort();
    start();
    thread.append(message('2', 'second'));
    await nextFrame();
    expect(changes).toEqual([]);
  });

  it('time-boxes work: with no budget it spreads the queue over several runs but still reports once', async () => {
    start({ budgetMs: 0 });
    for (let i = 0; i < 200; i++) thread.append(message(`n${i}`, `line ${i}`));
    for (let i = 0; i < 10 && changes.length === 0; i++) await nextFrame();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.added).toHaveLength(200);
  });

  it('past the queue cap, reports an overflow so the caller re-reads everything', async () => {
    start({ maxQueue: 5 });
    for (let i = 0; i < 10; i++) thread.append(message(`n${i}`, `line ${i}`));
    await nextFrame();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.overflow).toBe(true);
  });

  it('reports single-page-app navigation to another ticket', async () => {
    const seen: [string, string][] = [];
    start({ onNavigate: (url, previous) => seen.push([url, previous]), urlPollMs: 10 });
    const before = location.href;
    history.pushState({}, '', '/agent/tickets/5120');
    await nextFrame();
    expect(seen).toEqual([[location.href, before]]);
    expect(location.pathname).toBe('/agent/tickets/5120');
  });

  it('stops polling the URL after abort', async () => {
    const seen: string[] = [];
    start({ onNavigate: (url) => seen.push(url), urlPollMs: 10 });
    controller.abort();
    history.pushState({}, '', '/agent/tickets/777');
    await nextFrame();
    expect(seen).toEqual([]);
  });
});
