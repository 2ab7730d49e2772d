/**
 * Small helpers the adapters share. Side-effect free (the registry is imported at build time in Node).
 */
import { visibleText } from '../dom/text';
import type { Channel, HelpdeskAdapter, ThreadMessage, TicketSnapshot } from './types';

/** `querySelectorAll` as an array (NodeList iteration differs across DOM implementations). */
export function queryAll(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/** Trimmed visible text of the first match, or undefined when absent/empty. */
export function textOf(root: ParentNode | null | undefined, selector: string): string | undefined {
  const el = root?.querySelector(selector);
  const text = visibleText(el);
  return text === '' ? undefined : text;
}

const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/;

/** "Jane Customer <jane@example.com>", "jane@example.com", "Jane Customer" → name and email. */
export function parseNameEmail(raw: string | undefined | null): { name?: string; email?: string } | undefined {
  const value = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!value) return undefined;
  const email = EMAIL.exec(value)?.[0];
  const name = value
    .replace(EMAIL, '')
    .replace(/[<>()"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const out: { name?: string; email?: string } = {};
  if (name) out.name = name;
  if (email) out.email = email.toLowerCase();
  return out.name || out.email ? out : undefined;
}

/** Map a helpdesk's channel label ("Email", "Chat", "Messaging", "WhatsApp"…) to ours. */
export function channelFromLabel(label: string | undefined | null): Channel {
  const value = (label ?? '').toLowerCase();
  if (/e-?mail|mail/.test(value)) return 'email';
  if (/chat|messag|whatsapp|widget|sms|messenger|instagram|facebook|telegram|line|live/.test(value)) return 'chat';
  return 'unknown';
}

/** A URL's path plus query and hash, for detectors that look at both (Zammad routes by hash). */
export function parseUrl(url: string | URL): URL | undefined {
  try {
    return url instanceof URL ? url : new URL(url);
  } catch {
    return undefined;
  }
}

/** Read every message of a thread with the adapter's own per-message reader. */
export function readMessages(
  adapter: Pick<HelpdeskAdapter, 'messageElements' | 'readMessage'>,
  root: ParentNode,
): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  for (const el of adapter.messageElements(root)) {
    const message = adapter.readMessage(el);
    if (message) out.push(message);
  }
  return out;
}

/** The first customer message's sender, when the helpdesk shows no requester panel. */
export function firstCustomer(messages: readonly ThreadMessage[]): ThreadMessage | undefined {
  return messages.find((m) => m.author === 'customer');
}

export type AdapterSpec = Omit<HelpdeskAdapter, 'replyEditor'>;

/** Fill in the derived members so each adapter file states only what is specific to it. */
export function defineAdapter(spec: AdapterSpec): HelpdeskAdapter {
  return { ...spec, replyEditor: (doc: Document) => spec.editor.find(doc) };
}

/** A snapshot with requester fields only when known (exactOptionalPropertyTypes-friendly). */
export function snapshot(
  ticketId: string,
  channel: Channel,
  messages: ThreadMessage[],
  requester?: { name?: string; email?: string },
): TicketSnapshot {
  const out: TicketSnapshot = { ticketId, channel, messages };
  if (requester && (requester.name || requester.email)) out.requester = requester;
  return out;
}
