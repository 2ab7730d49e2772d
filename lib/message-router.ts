/**
 * The background's single entry for runtime messages.
 *
 * Order matters, and each step fails closed:
 * 1. the sender must be this extension (`sender.id`), then the context kind the message allows
 *    (content script in a tab's top frame, or an extension page by its origin);
 * 2. the envelope `{ name, data }` and then the payload are parsed with their zod schemas;
 * 3. only then the handler runs; its result or error travels back as a `Result`, never a throw.
 *
 * Sender kind is read from `sender.origin` where the browser gives it (Chrome; Firefox 126+). Where
 * it does not, an extension page is recognised by a `sender.url` under the extension's own base URL:
 * no web page can have such a URL, so this fallback cannot be spoofed by the page.
 */
import type { Browser } from 'wxt/browser';
import { describeError, envelopeSchema, messageSchemas, type MessageName, type Result } from './schema';
import { messageSenders, type ProtocolMap, type SenderKind } from './messages';

export type MessageSender = Browser.runtime.MessageSender;

export type MessageHandlers = {
  [N in MessageName]: (
    data: Parameters<ProtocolMap[N]>[0],
    sender: MessageSender,
  ) => Promise<ReturnType<ProtocolMap[N]>> | ReturnType<ProtocolMap[N]>;
};

export interface RouterIdentity {
  /** `browser.runtime.id` */
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://<id>/` */
  extensionBaseUrl: string;
}

export function senderKind(sender: MessageSender, identity: RouterIdentity): SenderKind | undefined {
  if (sender.id !== identity.extensionId) return undefined;
  const extensionOrigin = identity.extensionBaseUrl.replace(/\/$/, '');
  const origin = (sender as { origin?: string }).origin;
  const fromExtensionPage =
    origin !== undefined ? origin === extensionOrigin : (sender.url ?? '').startsWith(identity.extensionBaseUrl);
  if (fromExtensionPage) return 'extension';
  // A content script: it runs in a tab, and only in the top frame (the manifest never asks for all_frames).
  if (sender.tab?.id !== undefined && sender.frameId === 0) return 'content';
  return undefined;
}

export function createMessageRouter(handlers: MessageHandlers, identity: RouterIdentity) {
  return async function route(raw: unknown, sender: MessageSender): Promise<Result<unknown>> {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) return { ok: false, error: `malformed message: ${describeError(envelope.error)}` };
    const { name } = envelope.data;
    const kind = senderKind(sender, identity);
    if (kind === undefined || kind !== messageSenders[name]) {
      return { ok: false, error: `"${name}" is not accepted from this sender` };
    }
    const data = messageSchemas[name].safeParse(envelope.data.data);
    if (!data.success) return { ok: false, error: `malformed "${name}": ${describeError(data.error)}` };
    try {
      const handler = handlers[name] as (data: unknown, sender: MessageSender) => unknown;
      return { ok: true, value: await handler(data.data, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
