// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { observeThread } from '../dom/observe';
import { describeFixtureCases } from './adapter-cases';
import { chatwoot } from './chatwoot';
import { loadFixture } from './test-fixtures';

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

describe('chatwoot live chat: a new message arrives', () => {
  it('the observer reports just the new row and readMessage reads it as the customer\'s', async () => {
    const loaded = loadFixture('chatwoot', 'conversation-live-chat.html', 'https://app.chatwoot.com/app/accounts/1/conversations/231');
    const doc = loaded.document;
    const root = chatwoot.threadRoot(doc)!;
    const controller = new AbortController();
    const reports: Element[][] = [];
    observeThread({ root, messageSelector: chatwoot.messageSelector, signal: controller.signal, onChange: (c) => reports.push(c.added) });

    // What Vue renders for an incoming message (Message.vue + bubbles/Base.vue USER variant).
    const row = doc.createElement('div');
    row.id = 'message1197';
    row.className = 'flex w-full justify-start mb-4';
    row.setAttribute('data-message-id', '1197');
    row.innerHTML = '<div class="grid"><div class="[grid-area:bubble] flex"><div class="text-sm bg-n-slate-4 left-bubble" data-bubble-name="text"><span class="prose prose-bubble"><p>hello?? this is getting ridiculous</p></span></div></div></div>';
    root.append(row);

    await new Promise((resolve) => setTimeout(resolve, 60));
    controller.abort();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toEqual([row]);
    expect(chatwoot.readMessage(row)).toMatchObject({ id: '1197', author: 'customer', text: 'hello?? this is getting ridiculous' });
    await loaded.window.happyDOM.close();
  });
});
