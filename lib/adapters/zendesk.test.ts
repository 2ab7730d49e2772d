// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtureCases } from './adapter-cases';
import { loadFixture, type LoadedFixture } from './test-fixtures';
import { zendesk } from './zendesk';

describeFixtureCases(zendesk, [
  {
    fixture: 'ticket-great-but.html',
    url: 'https://brightline.zendesk.com/agent/tickets/4815',
    ticketId: '4815',
    requester: { name: 'Marcus Okafor' },
    channel: 'email',
    messages: [
      ['customer', 'Hi there,\n\nThe new app is great, but the calendar sync keeps dropping recurring events. I had to rebook two client calls by hand this week.\n\nCan you take a look?\n\nMarcus'],
      ['agent', 'Hi Marcus, thanks for flagging this. Could you tell me which calendar provider you connect to?'],
      ['note', 'Looks like SYNC-212 again (recurring events with exceptions). Linking.'],
      ['customer', "Google Calendar. Honestly I'm a bit frustrated, this is the second time I've reported it. I'm sticking with you for now, but I need it fixed before our quarterly planning."],
    ],
    editor: true,
  },
  {
    fixture: 'two-tickets.html',
    url: 'https://brightline.zendesk.com/agent/tickets/5120',
    ticketId: '5120',
    requester: { name: 'Aiko Tanaka' },
    channel: 'chat',
    messages: [
      ['customer', 'hi, is there a way to export the report to CSV?'],
      ['agent', "Hi Aiko! Not yet, only PDF for now. It's on our roadmap."],
      ['customer', "ok i guess. I'll just copy it by hand then"],
      ['note', 'Third CSV request this week, adding to PROD-77.'],
      ['customer', 'never mind, thanks anyway'],
    ],
    editor: true,
  },
]);

describe('zendesk with several tickets in the DOM', () => {
  let loaded: LoadedFixture | undefined;
  afterEach(async () => {
    await loaded?.window.happyDOM.close();
  });

  it('reads only the active tab and uses its composer, not the inactive tab\'s draft', () => {
    loaded = loadFixture('zendesk', 'two-tickets.html', 'https://brightline.zendesk.com/agent/tickets/5120');
    const ticket = zendesk.readTicket(loaded.document)!;
    expect(ticket.messages.some((m) => m.text.includes('moving to another provider'))).toBe(false);
    expect(zendesk.editor.find(loaded.document)?.textContent).toBe('');
    expect(zendesk.messageElements(loaded.document)).toHaveLength(5);
  });

  it('follows the active pane when the agent switches tabs', () => {
    loaded = loadFixture('zendesk', 'two-tickets.html', 'https://brightline.zendesk.com/agent/tickets/5102');
    const [inactive, active] = Array.from(loaded.document.querySelectorAll('.ticket-panes-grid-layout'));
    inactive!.setAttribute('data-is-active', 'true');
    active!.setAttribute('data-is-active', 'false');
    const ticket = zendesk.readTicket(loaded.document)!;
    expect(ticket.ticketId).toBe('5102');
    expect(ticket.messages.map((m) => m.author)).toEqual(['customer', 'agent']);
    expect(ticket.messages[0]!.text).toBe("Third outage this month. If this happens again we're moving to another provider.");
  });

  it('returns undefined when no ticket pane is open', () => {
    loaded = loadFixture('zendesk', 'two-tickets.html', 'https://brightline.zendesk.com/agent/dashboard');
    loaded.document.getElementById('main_panes')!.remove();
    expect(zendesk.readTicket(loaded.document)).toBeUndefined();
  });
});
