// @vitest-environment happy-dom
import { describeFixtureCases } from './adapter-cases';
import { gorgias } from './gorgias';

// The fixtures are inferred markup (see their header comments): these tests pin the adapter's
// assumptions, not Gorgias' real DOM.
describeFixtureCases(gorgias, [
  {
    fixture: 'ticket-email.html',
    url: 'https://lumen.gorgias.com/app/ticket/180507823',
    ticketId: '180507823',
    requester: { name: 'Sam Ortiz', email: 'sam.ortiz@example.com' },
    channel: 'email',
    messages: [
      ['customer', 'Hi! Your candles are amazing, but order #4471 still says "label created" after 9 days.\n\nSam'],
      ['agent', "Hi Sam, I'm so sorry! I've asked the carrier for an update and will get back to you today."],
      ['note', 'Carrier lost the parcel, reshipping with express.'],
      ['customer', 'Thanks for the quick answer. It was meant to be a gift for today, so a bit of a letdown honestly.'],
    ],
    editor: true,
  },
  {
    fixture: 'ticket-chat.html',
    url: 'https://lumen.gorgias.com/app/views/33104/180507900',
    ticketId: '180507900',
    requester: { name: 'Ava Green' },
    channel: 'chat',
    messages: [
      ['customer', 'do you ship to Canada?'],
      ['agent', 'Hi Ava! Not yet, only US for now.'],
      ['customer', "oh that's a shame, I really wanted the cedar one"],
      ['customer', 'never mind then'],
    ],
    editor: true,
  },
]);
