// @vitest-environment happy-dom
import { describeFixtureCases } from './adapter-cases';
import { helpscout } from './helpscout';

describeFixtureCases(helpscout, [
  {
    fixture: 'conversation-classic.html',
    url: 'https://secure.helpscout.net/conversation/2213345678/4471?folderId=123',
    ticketId: '2213345678',
    requester: { name: 'Grace Owens' },
    channel: 'email',
    messages: [
      ['customer', 'Hi, when does our annual plan renew? Still waiting on the reporting fix, by the way.\n\nGrace'],
      ['agent', 'Hi Grace, your plan renews on December 1. Want me to keep the same seats?\n\nKai'],
      ['note', 'Offer 10% if she pushes back.'],
      ['system', 'Kai Nakamura changed status to Pending'],
      ['customer', 'Fine, renew it. But honestly, for what we pay I expected the reporting fix months ago.'],
    ],
    editor: true,
  },
  {
    fixture: 'conversation-chat.html',
    url: 'https://secure.helpscout.net/conversation/2213340000/5120',
    ticketId: '2213340000',
    requester: { name: 'Liam Byrne' },
    channel: 'chat',
    messages: [
      ['customer', 'export has been stuck at 90% for an hour'],
      ['agent', 'Hi Liam! The export queue is slow today, sorry about that.'],
      ['customer', "meh, I'll try again tomorrow I guess"],
    ],
    editor: false,
  },
]);
