/**
 * The default concierge recovery checklists, one per signal (intent of each step from the product
 * brief; wording ours). Team leads edit them in the options; these are what a fresh install shows.
 *
 * A step may carry a ready `response` the agent can insert into the reply editor, or a `kind`:
 * `copy_summary` copies a short summary of the situation for a teammate or lead, `log` is the
 * near-miss log itself. Step ids are stable: progress is stored by id, so rewording a step keeps it.
 */
import type { SignalName } from './schema';

export interface ChecklistStep {
  id: string;
  text: string;
  response?: string;
  kind?: 'copy_summary' | 'log';
}

export type Checklists = Record<SignalName, ChecklistStep[]>;

const acknowledge: ChecklistStep = {
  id: 'acknowledge',
  text: 'Acknowledge the frustration and thank them for sticking with us',
  response:
    "I'm really sorry about this, and thank you for sticking with us through it. You shouldn't have had to deal with this, and I appreciate your patience.",
};
const ownIt: ChecklistStep = {
  id: 'own-it',
  text: 'Own it as our problem: no blame on the customer',
  response: 'This one is on us, not you, and I am going to make sure it gets sorted.',
};
const keepIt: ChecklistStep = {
  id: 'keep-it',
  text: 'Keep it with you end to end: no transfers, give them a direct way back to you',
  response: "I'll stay on this with you until it's resolved. You can reply straight to this message and it comes to me.",
};
const fixOrCommit: ChecklistStep = {
  id: 'fix-or-commit',
  text: 'Fix it fast, or commit to a time',
  response: "Here's where things stand and when you'll hear from me next: ",
};
const legwork: ChecklistStep = { id: 'legwork', text: 'Do the internal legwork for them (chase teams, file the bug)' };
const teammate: ChecklistStep = {
  id: 'call-teammate',
  text: "Call in a teammate or lead if you can't fix it alone",
  kind: 'copy_summary',
};
const followUp: ChecklistStep = { id: 'follow-up', text: 'Follow up after it is resolved' };
const log: ChecklistStep = { id: 'log', text: 'Log the near miss', kind: 'log' };

export const defaultChecklists: Checklists = {
  frustrated_retained: [acknowledge, ownIt, keepIt, fixOrCommit, legwork, teammate, followUp, log],
  great_but: [
    {
      id: 'thank-suggestion',
      text: 'Thank them for the suggestion',
      response: 'Thank you for taking the time to tell us this. Feedback like yours is how we get better.',
    },
    {
      id: 'ask-specifics',
      text: 'Ask what specifically would make it better',
      response: 'If you could change one thing about it, what would make the biggest difference for you?',
    },
    {
      id: 'what-happens-next',
      text: 'Tell them what happens with their feedback',
      response: "I've passed this on to the team that owns it, and I'll let you know when there's news.",
    },
    log,
  ],
  passive: [
    {
      id: 'ask-for-ten',
      text: 'Ask what would have made it a 10',
      response: 'Thanks for letting us know. What would have made this a 10 out of 10 for you?',
    },
    {
      id: 'offer-help',
      text: 'Offer help with the rough edge',
      response: "If there's anything that's still getting in your way, I'm happy to help with it right now.",
    },
    log,
  ],
  churn_risk: [
    { id: 'escalate', text: 'Escalate per team policy right away', kind: 'copy_summary' },
    acknowledge,
    ownIt,
    keepIt,
    fixOrCommit,
    legwork,
    followUp,
    log,
  ],
};
