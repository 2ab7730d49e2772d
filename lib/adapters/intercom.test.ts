// @vitest-environment happy-dom
import { describeFixtureCases } from './adapter-cases';
import { intercom } from './intercom';

describeFixtureCases(intercom, [
  {
    fixture: 'conversation-live-chat.html',
    url: 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/187000012345',
    ticketId: '187000012345',
    requester: { name: 'Noah Fischer', email: 'noah@fischer-labs.example' },
    channel: 'chat',
    messages: [
      ['agent', "Hi 👋 I'm Fin, Intercom's AI agent. What can I help with?"],
      ['customer', "quick question about seats\nwe love the product but adding 3 seats would double our bill, that can't be right?"],
      ['system', 'Jess Moreau joined the conversation'],
      ['agent', 'Hi Noah! Seats are billed per tier: 10 → 11 seats moves you to the next tier. Let me check options.'],
      ['note', 'Eligible for the startup discount, asking Sales.'],
      ['customer', "ok. we'll hold off for now then"],
    ],
    editor: true,
  },
  {
    fixture: 'conversation-email.html',
    url: 'https://app.eu.intercom.com/a/inbox/x9/inbox/shared/all/conversation/42',
    ticketId: '42',
    requester: { name: 'Elena Rossi', email: 'elena@rossi-travel.example' },
    channel: 'email',
    messages: [
      ['customer', 'Hello,\nyour booking widget is lovely, but it shows prices in USD for our Italian visitors even with the locale set to it-IT.\n\nGrazie,\nElena'],
      ['agent', "Ciao Elena, thanks for reporting. The currency follows the account setting; I've switched yours to EUR."],
      ['customer', 'Thank you, works now.'],
    ],
    editor: true,
  },
]);
