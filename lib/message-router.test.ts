import { describe, expect, it, vi } from 'vitest';
import { defaultChecklists } from './checklists';
import { detect, type Detection } from './detect';
import { DETECT_BATCH_MAX, DETECT_TEXT_MAX } from './vocabulary';
import { createMessageRouter, senderKind, type MessageHandlers, type MessageSender } from './message-router';

const identity = { extensionId: 'nearmissid', extensionBaseUrl: 'chrome-extension://nearmissid/' };
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1, frozen: false, discarded: false, autoDiscardable: true, groupId: -1 } as MessageSender['tab'];

const contentScript: MessageSender = { id: 'nearmissid', tab, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/1', origin: 'https://acme.zendesk.com' } as MessageSender;
const optionsPage: MessageSender = { id: 'nearmissid', url: 'chrome-extension://nearmissid/options.html', origin: 'chrome-extension://nearmissid' } as MessageSender;

describe('senderKind', () => {
  const cases: Array<[string, MessageSender, ReturnType<typeof senderKind>]> = [
    ['content script, top frame', contentScript, 'content'],
    ['content script in a sub-frame', { ...contentScript, frameId: 3 }, undefined],
    ['extension page', optionsPage, 'extension'],
    ['extension page opened in a tab', { ...optionsPage, tab }, 'extension'],
    ['another extension', { ...contentScript, id: 'someoneelse' }, undefined],
    ['no id at all', { url: contentScript.url }, undefined],
    // A page cannot choose its origin: a content script claiming an extension URL stays a content script.
    ['page whose url pretends to be ours', { ...contentScript, url: 'chrome-extension://nearmissid/options.html' }, 'content'],
    ['older Firefox: no origin, extension url', { id: 'nearmissid', url: 'chrome-extension://nearmissid/review.html' }, 'extension'],
    ['older Firefox: no origin, content script', { id: 'nearmissid', tab, frameId: 0, url: 'https://acme.zendesk.com/' }, 'content'],
    ['no origin, no tab, web url', { id: 'nearmissid', url: 'https://evil.example/' }, undefined],
  ];
  it.each(cases)('%s', (_name, sender, expected) => {
    expect(senderKind(sender, identity)).toBe(expected);
  });
});

describe('createMessageRouter', () => {
  function makeRouter() {
    // Only the two handlers these tests send to; the router never calls a handler it was not sent.
    const handlers = {
      hello: vi.fn(async ({ helpdesk }: { helpdesk: string | null }) => ({ version: '1.0.0', helpdesk, active: true, checklists: defaultChecklists })),
      status: vi.fn(() => ({ version: '1.0.0' })),
    };
    return { handlers, route: createMessageRouter(handlers as unknown as MessageHandlers, identity) };
  }

  it('runs the handler for a valid message from the right sender', async () => {
    const { route, handlers } = makeRouter();
    const reply = await route({ name: 'hello', data: { host: 'acme.zendesk.com', helpdesk: 'zendesk' } }, contentScript);
    expect(reply).toEqual({ ok: true, value: { version: '1.0.0', helpdesk: 'zendesk', active: true, checklists: defaultChecklists } });
    expect(handlers.hello).toHaveBeenCalledOnce();
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown name', { name: 'setEndpoint', data: {} }],
    ['extra envelope key', { name: 'status', data: {}, sneaky: true }],
    ['payload with unknown key', { name: 'hello', data: { host: 'acme.zendesk.com', helpdesk: 'zendesk', admin: true } }],
    ['payload of wrong type', { name: 'hello', data: { host: 42, helpdesk: 'zendesk' } }],
    ['host with a path', { name: 'hello', data: { host: 'acme.zendesk.com/x', helpdesk: 'zendesk' } }],
  ])('rejects %s without calling a handler', async (_name, message) => {
    const { route, handlers } = makeRouter();
    const reply = await route(message, contentScript);
    expect(reply.ok).toBe(false);
    expect(handlers.hello).not.toHaveBeenCalled();
    expect(handlers.status).not.toHaveBeenCalled();
  });

  it('rejects a message from a sender kind it does not allow', async () => {
    const { route, handlers } = makeRouter();
    expect(await route({ name: 'status', data: {} }, contentScript)).toEqual({ ok: false, error: '"status" is not accepted from this sender' });
    expect(await route({ name: 'hello', data: { host: 'a.zendesk.com', helpdesk: null } }, optionsPage)).toMatchObject({ ok: false });
    expect(handlers.status).not.toHaveBeenCalled();
    expect(handlers.hello).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error result instead of a throw', async () => {
    const { route, handlers } = makeRouter();
    vi.mocked(handlers.status).mockImplementation(() => {
      throw new Error('storage is unavailable');
    });
    expect(await route({ name: 'status', data: {} }, optionsPage)).toEqual({ ok: false, error: 'storage is unavailable' });
  });
});

describe('detectMessages', () => {
  // The background's handler, with the real detector: a batch in, one detection per text out.
  const detectMessages = vi.fn(({ texts }: { texts: string[] }) => ({ detections: texts.map((text) => detect(text)) }));
  const route = createMessageRouter({ detectMessages } as unknown as MessageHandlers, identity);

  it('answers a content script with one detection per text, in order', async () => {
    const texts = ['Love the app, but the export keeps failing on big reports.', 'Thanks, all sorted!'];
    const reply = await route({ name: 'detectMessages', data: { texts } }, contentScript);
    expect(reply.ok).toBe(true);
    const detections = (reply as { value: { detections: Detection[] } }).value.detections;
    expect(detections.map((d) => d.signal)).toEqual(['great_but', null]);
    expect(detections[0]!.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    ['an empty batch', { texts: [] }, contentScript],
    ['more than a batch', { texts: Array.from({ length: DETECT_BATCH_MAX + 1 }, () => 'ok') }, contentScript],
    ['a text that is not a string', { texts: ['fine', 42] }, contentScript],
    ['a text over the limit', { texts: ['x'.repeat(DETECT_TEXT_MAX + 1)] }, contentScript],
    ['options the page picks', { texts: ['fine'], sensitivity: 'sensitive' }, contentScript],
    ['an extension page (only content scripts read tickets)', { texts: ['fine'] }, optionsPage],
  ])('rejects %s without detecting', async (_name, data, sender) => {
    detectMessages.mockClear();
    const reply = await route({ name: 'detectMessages', data }, sender);
    expect(reply.ok).toBe(false);
    expect(detectMessages).not.toHaveBeenCalled();
  });
});
