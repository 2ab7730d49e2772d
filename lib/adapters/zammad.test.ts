// @vitest-environment happy-dom
import { describeFixtureCases } from './adapter-cases';
import { zammad } from './zammad';

describeFixtureCases(zammad, [
  {
    fixture: 'ticket-zoom-email.html',
    url: 'https://zammad.example.com/#ticket/zoom/1042',
    ticketId: '1042',
    requester: { name: 'Lena Hoffmann', email: 'lena.hoffmann@example.de' },
    channel: 'email',
    messages: [
      ['customer', "Hello,\n\nI really like your shop, but the invoice for order 20931 shows our old VAT number again. Our accountant can't book it like this.\n\nKind regards\nLena"],
      ['system', 'Auto reply: we received your request (#31042).'],
      ['agent', "Hi Lena, sorry about that! I've corrected the VAT number and attached the new invoice.\n\nBest, Nina"],
      ['note', 'Customer record still had the 2023 VAT id, updated in the ERP too.'],
      ['customer', "Thanks. To be honest this is the third corrected invoice this year. We'll stay for now, but please make sure it sticks this time."],
    ],
    editor: true,
  },
  {
    fixture: 'ticket-zoom-two-tabs.html',
    url: 'https://desk.example.org/#ticket/zoom/88',
    ticketId: '88',
    requester: { name: 'Omar Haddad' },
    channel: 'chat',
    messages: [
      ['customer', 'hey, the app logs me out every few minutes'],
      ['agent', 'Hi Omar, which version of the app are you on?'],
      ['customer', "the latest one. whatever, it's fine, I'll just log in again"],
      ['customer', 'not the first time tbh'],
    ],
    editor: true,
  },
]);
