// @vitest-environment happy-dom
import { describeFixtureCases } from './adapter-cases';
import { osticket } from './osticket';

describeFixtureCases(osticket, [
  {
    fixture: 'ticket-view.html',
    url: 'https://help.example.com/scp/tickets.php?id=318',
    ticketId: '318',
    requester: { name: 'Daniel Weiss', email: 'daniel.weiss@example.com' },
    channel: 'email',
    messages: [
      ['customer', 'Hi,\n\nThe printer itself works great, but the driver installer fails on macOS 15 with "package is damaged". We have 12 Macs in the office.\n\nThanks,\nDaniel'],
      ['agent', "Hi Daniel, please try the 4.2 driver from our download page; the old one isn't notarised for macOS 15."],
      ['note', 'Known issue KB-3341. If 4.2 fails, escalate to L2.'],
      ['customer', "4.2 installed but now it prints blank pages. We're losing patience here, to be honest. We'll give it until Friday before we look at other printers."],
      ['system', 'Overdue flag cleared by reply.'],
    ],
    editor: true,
  },
  {
    fixture: 'ticket-view-web.html',
    url: 'https://example.org/support/scp/tickets.php?id=12',
    ticketId: '12',
    requester: { name: 'Fatima Noor', email: 'fatima.noor@example.org' },
    channel: 'unknown',
    messages: [
      ['customer', 'I was charged twice for the annual plan. Please refund one of them.'],
      ['agent', 'Refund issued, it should show in 5-10 business days.'],
      ['customer', 'ok thanks'],
    ],
    editor: true,
  },
]);
