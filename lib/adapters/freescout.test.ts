// @vitest-environment happy-dom
import { describeFixtureCases } from './adapter-cases';
import { freescout } from './freescout';

describeFixtureCases(freescout, [
  {
    fixture: 'conversation-email.html',
    url: 'https://support.example.com/conversation/1182?folder_id=3',
    ticketId: '1182',
    requester: { name: 'Rosa Delgado', email: 'rosa.delgado@example.net' },
    channel: 'email',
    messages: [
      ['customer', "Hi, I love the boxes, but this month's arrived crushed and two jars were broken."],
      ['agent', "Hi Rosa, we'll send a replacement within 48 hours.\n\nAnna\nBoxClub Support"],
      ['system', 'Anna Kowalski assigned to Anna Kowalski'],
      ['note', 'Warehouse says replacement ships Wednesday.'],
      ['customer', "You told me on Monday it would be replaced within 48 hours. It's Thursday. If nobody sorts this out today I'm cancelling the subscription.\n\nRosa"],
    ],
    editor: true,
  },
  {
    fixture: 'conversation-phone.html',
    url: 'https://support.example.com/conversation/77',
    ticketId: '77',
    requester: { name: 'Kenji Watanabe' },
    channel: 'unknown',
    messages: [
      ['note', 'Lead from the webinar.'],
      ['customer', "Called about setup. Fine with the product, I guess, just not sure it's worth the price yet."],
      ['system', 'Ivo Petrov changed the status to Pending'],
      ['agent', 'Sent Kenji the setup guide link after the call.'],
    ],
    editor: true,
  },
]);
