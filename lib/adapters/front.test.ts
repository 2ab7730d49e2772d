// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtureCases } from './adapter-cases';
import { createFrontAdapter, front } from './front';
import { loadFixture, type LoadedFixture } from './test-fixtures';

describeFixtureCases(front, [
  {
    fixture: 'conversation-email.html',
    url: 'https://app.frontapp.com/inboxes/teams/folders/12345/unassigned/0/cnv_4f2a9b1',
    ticketId: 'cnv_4f2a9b1',
    requester: { name: 'Pieter de Vries', email: 'pieter@devries-bouw.example' },
    channel: 'email',
    messages: [
      ['customer', 'Could your invoices include our PO number? Our accounting system rejects them without it.'],
      ['agent', "Hi Pieter, you can add a PO field under Settings → Invoices. I've enabled it for you.\n\nInes"],
      ['note', '@Rui can we make the PO field default for NL accounts?'],
      ['customer', 'That works, thank you. Shame it took three emails to find it though, the setting is well hidden.\n\nMet vriendelijke groet,\nPieter'],
      ['agent', "Hi Pieter, Rui here from the product team: we'll make it more visible in the next release."],
    ],
    editor: true,
  },
]);

describe('front customer-vs-teammate heuristic', () => {
  let loaded: LoadedFixture | undefined;
  afterEach(async () => {
    await loaded?.window.happyDOM.close();
  });

  it('without a teammate list, takes the first sender as the customer (wrong on outbound conversations)', () => {
    loaded = loadFixture('front', 'conversation-outbound.html', 'https://app.frontapp.com/open/cnv_77kq1');
    const ticket = front.readTicket(loaded.document)!;
    expect(ticket.messages.map((m) => m.author)).toEqual(['customer', 'agent', 'customer']);
  });

  it('with the team\'s domain configured, reads the outbound conversation right', () => {
    loaded = loadFixture('front', 'conversation-outbound.html', 'https://app.frontapp.com/open/cnv_77kq1');
    const ticket = createFrontAdapter({ teammates: ['@tallyhq.example'] }).readTicket(loaded.document)!;
    expect(ticket.ticketId).toBe('cnv_77kq1');
    expect(ticket.requester).toEqual({ name: 'Mara Lindqvist', email: 'mara@lindqvist.example' });
    expect(ticket.messages.map((m) => [m.author, m.text])).toEqual([
      ['agent', 'Hi Mara, your trial ends on Friday. Anything I can help with before then?'],
      ['customer', "It's fine, but honestly it's probably too expensive for a team of two. We'll see."],
      ['agent', 'Totally fair. We have a 2-seat plan at half the price, want me to switch you?'],
    ]);
    expect(front.editor.find(loaded.document)).toBeNull();
  });
});
