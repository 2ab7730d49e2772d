// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { rt } from './rt';
import { loadFixture, type LoadedFixture } from './test-fixtures';

const URL_1 = 'http://localhost:8088/Ticket/Display.html?id=1';
let loaded: LoadedFixture | undefined;
afterEach(async () => {
  await loaded?.window.happyDOM.close();
  loaded = undefined;
});

// The ground truth the setup script writes to test/artifacts/rt/customer-texts.json.
const CUSTOMER_TEXTS = [
  'Hi,\n\nI love the lamp I ordered from you last year, it is great, but this new order has been\n"out for delivery" for six days now and the tracking page has not changed since Tuesday.\nI need it before my sister\'s birthday on Saturday. Could someone please check what is going on?\n\nThanks,\nJane',
  'Honestly I am disappointed. I have been a customer for three years and this is the first time\nsomething like this has happened. If it does not arrive by Friday I will cancel the order and\nshop elsewhere.',
];

describe('rt.readTicket on the real RT 5 ticket page (history loaded)', () => {
  it('reads ticket, requester, channel and every message with its author, in order', () => {
    loaded = loadFixture('rt', 'ticket-display.html', URL_1);
    const ticket = rt.readTicket(loaded.document);
    expect(ticket).toBeDefined();
    expect(ticket!.ticketId).toBe('1');
    expect(ticket!.requester).toEqual({ name: 'Jane Customer', email: 'jane.customer@example.com' });
    expect(ticket!.channel).toBe('email');
    expect(ticket!.messages.map((m) => [m.id, m.author])).toEqual([
      ['33', 'customer'],
      ['35', 'agent'],
      ['38', 'note'],
      ['39', 'customer'],
    ]);
  });

  it('returns exactly the customer\'s two messages, signature and quoted reply removed', () => {
    loaded = loadFixture('rt', 'ticket-display.html', URL_1);
    const customer = rt.readTicket(loaded.document)!.messages.filter((m) => m.author === 'customer');
    expect(customer.map((m) => m.text)).toEqual(CUSTOMER_TEXTS);
  });

  it('reads the agent reply and the internal comment text', () => {
    loaded = loadFixture('rt', 'ticket-display.html', URL_1);
    const [, reply, note] = rt.readTicket(loaded.document)!.messages;
    expect(reply!.text).toBe('Hi Jane, I am sorry about the wait. I have opened a trace with the courier and will update you tomorrow.');
    expect(note!.text).toBe('INTERNAL: courier says the parcel is stuck at the depot. Refund approved if it is not found by Thursday.');
  });

  it('readMessage reads one transaction on its own, the same as readTicket', () => {
    loaded = loadFixture('rt', 'ticket-display.html', URL_1);
    const el = loaded.document.querySelector('[data-transaction-id="39"]')!;
    expect(rt.readMessage(el)).toMatchObject({ id: '39', author: 'customer', text: CUSTOMER_TEXTS[1] });
  });
});

describe('rt before the history has loaded', () => {
  it('knows the ticket and requester, has no messages yet, and points the observer at the history box', () => {
    loaded = loadFixture('rt', 'ticket-display-loading.html', URL_1);
    const ticket = rt.readTicket(loaded.document)!;
    expect(ticket.ticketId).toBe('1');
    expect(ticket.requester?.email).toBe('jane.customer@example.com');
    expect(ticket.messages).toEqual([]);
    expect(rt.threadRoot(loaded.document)?.id).toBe('delayed_ticket_history');
  });
});

describe('rt reply editor', () => {
  it('is the UpdateContent textarea before CKEditor starts', () => {
    loaded = loadFixture('rt', 'ticket-update.html', 'http://localhost:8088/Ticket/Update.html?id=1&Action=Respond');
    expect(rt.editor.kind).toBe('ckeditor4');
    expect(rt.editor.find(loaded.document)?.id).toBe('UpdateContent');
    expect(rt.readTicket(loaded.document)?.ticketId).toBe('1');
  });

  it('is the iframe body once CKEditor 4 has replaced the textarea, never the hidden textarea', () => {
    loaded = loadFixture('rt', 'ticket-update.html', 'http://localhost:8088/Ticket/Update.html?id=1&Action=Respond');
    const doc = loaded.document;
    const textarea = doc.querySelector('textarea#UpdateContent')!;
    // What CKEditor 4 inserts after the textarea (bestpractical/rt: share/static/js/util.js starts it).
    const chrome = doc.createElement('div');
    chrome.id = 'cke_UpdateContent';
    const frame = doc.createElement('iframe');
    frame.className = 'cke_wysiwyg_frame cke_reset';
    chrome.appendChild(frame);
    textarea.after(chrome);
    // happy-dom gives iframes no document: until one is there the editor is "not ready" (null), and
    // the hidden textarea is not offered instead.
    expect(rt.editor.find(doc)).toBeNull();
    // A same-origin frame document, as CKEditor 4 writes it.
    const frameWindow = new Window({ url: 'http://localhost:8088/' });
    const frameDoc = frameWindow.document as unknown as Document;
    frameDoc.body.className = 'cke_editable cke_editable_themed cke_contents_ltr';
    frameDoc.body.setAttribute('contenteditable', 'true');
    Object.defineProperty(frame, 'contentDocument', { value: frameDoc });
    expect(rt.editor.find(doc)).toBe(frameDoc.body);
  });
});
