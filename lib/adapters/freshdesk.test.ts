// @vitest-environment happy-dom
import { describeFixtureCases } from './adapter-cases';
import { freshdesk } from './freshdesk';

describeFixtureCases(freshdesk, [
  {
    fixture: 'ticket-great-but.html',
    url: 'https://stockflow.freshdesk.com/a/tickets/2417',
    ticketId: '2417',
    requester: { name: 'Olivia Brooks' },
    channel: 'email',
    messages: [
      ['customer', 'Hi team,\n\nStockFlow is great, but the Shopify sync stops every night around 2am and our stock counts are wrong every morning.\n\nOlivia'],
      ['agent', 'Hi Olivia, thanks! Could you check whether the sync log shows a token error?'],
      ['note', 'Forwarded to our Shopify partner contact for logs.'],
      ['note', 'Token refresh fails at 02:00 UTC on our side, fix rolling out.'],
      ['customer', "No token error that I can see. I'm starting to wonder if we should switch back to manual exports."],
    ],
    editor: true,
  },
  {
    fixture: 'ticket-portal.html',
    url: 'https://stockflow.freshdesk.com/a/tickets/2590',
    ticketId: '2590',
    requester: { name: 'Priya Raman', email: 'priya.raman@example.in' },
    channel: 'unknown',
    messages: [
      ['customer', 'Password reset email never arrives. Tried three times.'],
      ['agent', "Hi Priya, I've re-sent it manually. Please check your spam folder too."],
      ['customer', 'Got it, it was in spam. Works now, thanks!'],
    ],
    editor: false,
  },
]);
