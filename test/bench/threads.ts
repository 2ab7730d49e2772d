/**
 * Large generated helpdesk pages for benchmarks: a Zendesk agent-workspace ticket with N messages in
 * the demo ticket's markup, customers and agents alternating, customer lines drawn from a varied
 * pool (near misses, plain complaints, praise, questions) so detection does real work.
 */

const customerLines = [
  "Love the new dashboard, but the export to CSV still times out on big reports.",
  'Third time this week the app crashed on login. I have been with you 6 years and I am not going anywhere, but please fix it.',
  "It was fine I guess. Nothing special. 7/10.",
  'Where can I download last month\'s invoice?',
  'My order #4471 arrived broken and nobody has called me back.',
  'Thanks so much, that fixed it! You guys are the best.',
  "Honestly the agent was lovely although the wait was over an hour.",
  'Can you reset my password please? The link expired.',
  "If this isn't fixed by Friday we're switching to another provider.",
  'The sync between the mobile app and the website keeps failing and I have to re-enter everything.',
];
const agentLine = 'Thanks for reaching out! I have looked into this and will update you shortly. Best, Sam';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function zendeskMessage(index: number, author: 'end-user' | 'agent', text: string): string {
  return `<article data-test-id="omni-log-comment-item" id="comment-${100000 + index}">
  <div data-test-id="omni-log-item-message" type="${author}">
    <div class="head"><span data-test-id="omni-log-item-sender"><a href="/agent/users/${author === 'agent' ? 501 : 7731}">${author === 'agent' ? 'Sam Rivera' : 'Dana Whitfield'}</a></span><time datetime="2026-11-18T08:02:00Z">Nov 18</time></div>
    <div data-test-id="omni-log-message-content"><div class="zd-comment"><p>${escape(text)}</p><div class="signature">-- sent from the support app</div></div></div>
  </div>
</article>`;
}

export function customerLine(index: number): string {
  return `${customerLines[index % customerLines.length]} (ref ${index})`;
}

export function zendeskTicketPage(messages: number): string {
  const items: string[] = [];
  for (let i = 0; i < messages; i++) {
    items.push(i % 2 === 0 ? zendeskMessage(i, 'end-user', customerLine(i / 2)) : zendeskMessage(i, 'agent', agentLine));
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark ticket</title></head><body>
<div id="main_panes"><div class="ticket-panes-grid-layout" data-is-active="true">
<div data-side-conversations-anchor-id="5000" class="ticket-main">
<input data-test-id="omni-header-subject" value="Benchmark" readonly>
<div data-test-id="omni-header-via-label">Via email</div>
<div data-test-id="omni-log-container" role="log">${items.join('\n')}</div>
<div data-test-id="ticket-rich-text-editor"><div class="ck-editor__editable" contenteditable="true" role="textbox" data-test-id="omnicomposer-rich-text-ckeditor"><p><br></p></div></div>
</div></div></div></body></html>`;
}
