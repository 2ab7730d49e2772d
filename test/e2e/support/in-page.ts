/**
 * Bundled into helpdesk pages by the e2e specs (see bundle.ts): the adapters, the detector and the
 * editor insertion run in the page itself, so a spec can compare what the sidebar shows with what
 * the same code reads from Chromium's real DOM, without the product exposing anything for tests.
 */
import { adapterById } from '@/lib/adapters';
import { detect, type Sensitivity } from '@/lib/detect';
import { insertText, type InsertResult } from '@/lib/dom/insert';

export interface PageRead {
  ticketId: string;
  channel: string;
  messages: Array<{ id: string; author: string; text: string }>;
  /** Ids of the customer messages the detector flags with these options, thread order. */
  flagged: string[];
}

export function read(adapterId: string, sensitivity: Sensitivity = 'balanced'): PageRead | null {
  const adapter = adapterById(adapterId);
  if (!adapter) throw new Error(`no adapter ${adapterId}`);
  const ticket = adapter.readTicket(document);
  if (!ticket) return null;
  return {
    ticketId: ticket.ticketId,
    channel: ticket.channel,
    messages: ticket.messages.map(({ id, author, text }) => ({ id, author, text })),
    // The content script scores only customer messages with text (lib/ticket-session.ts).
    flagged: ticket.messages.filter((m) => m.author === 'customer' && m.text && detect(m.text, { sensitivity }).signal).map((m) => m.id),
  };
}

/** The adapter's reply editor, and what insertText makes of it. */
export async function insert(adapterId: string, text: string): Promise<InsertResult | { ok: false; reason: 'no-editor' }> {
  const editor = adapterById(adapterId)?.editor.find(document);
  if (!editor) return { ok: false, reason: 'no-editor' };
  return insertText(editor, text);
}
