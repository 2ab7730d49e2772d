// @vitest-environment happy-dom
import { describeFixtureCases } from './adapter-cases';
import { chatwoot } from './chatwoot';

describeFixtureCases(chatwoot, [
  {
    fixture: 'conversation-live-chat.html',
    url: 'https://app.chatwoot.com/app/accounts/1/conversations/231',
    ticketId: '231',
    requester: { name: 'Sofia Marquez', email: 'sofia@marquez-studio.example' },
    channel: 'chat',
    messages: [
      ['agent', 'Hi! 👋 How can we help today?'],
      ['customer', "Love the new dashboard, but I can't find where the invoices went?"],
      ['system', 'Conversation was assigned to Ana Lima'],
      ['agent', 'Hi Sofia, invoices moved to Settings → Billing.'],
      ['customer', 'found it. a bit annoying that nobody told us it moved'],
      ['note', '@Rahul we should add a changelog banner for this'],
      ['customer', 'is anyone there?'],
    ],
    editor: true,
  },
  {
    fixture: 'conversation-email.html',
    url: 'https://chat.example.com/app/accounts/3/inbox/7/conversations/4410',
    ticketId: '4410',
    requester: { name: 'Grace Liu', email: 'grace@liu-bakery.example' },
    channel: 'email',
    messages: [
      ['customer', "Hello,\n\nWe're happy with the oven overall, but the timer resets itself whenever the door opens. We bake 200 loaves a day, so this really hurts.\n\nGrace"],
      ['agent', "Hi Grace, thanks for the details. A firmware update fixes this; I've scheduled a technician for Thursday."],
      ['note', 'Technician slot confirmed with Dispatch.'],
      ['customer', 'Thursday is fine I suppose. Not ideal, we lose a morning of baking.'],
    ],
    editor: true,
  },
]);
