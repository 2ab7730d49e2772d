/**
 * What goes over the wire for each endpoint format, and the one network call the outbox makes.
 *
 * - JSON webhook: the record itself; `Idempotency-Key` = the item key on every attempt; a bearer
 *   token if set; with a signing secret, Standard Webhooks headers signed over the exact bytes sent
 *   (`webhook-id` = the same key, a fresh `webhook-timestamp` per attempt).
 * - Slack incoming webhook: a Block Kit message summarising the near miss (plus `text` fallback).
 * - Microsoft Teams workflow webhook: an Adaptive Card message.
 * Slack and Teams cannot deduplicate, which is why the outbox treats their unknown outcomes apart.
 */
import type { EndpointConfig, NearMissRecord, OutboxItem } from './schema';
import type { SendOutcome } from './outbox';

export interface WireRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

const signalLabels: Record<NearMissRecord['signal'], string> = {
  great_but: '"Great, but"',
  frustrated_retained: 'Frustrated yet retained',
  passive: 'Passive',
  churn_risk: 'Churn risk',
};

/** One-line facts shared by the Slack and Teams summaries. Texts are the (redacted) record's own. */
function summaryLines(record: NearMissRecord): Array<[string, string]> {
  const lines: Array<[string, string]> = [
    ['Signal', `${signalLabels[record.signal]} (${Math.round(record.confidence * 100)}%)`],
    ['Ticket', `${record.helpdesk} #${record.ticketId}`],
  ];
  if (record.category) lines.push(['Root cause', record.factor ? `${record.category}: ${record.factor.replace(/_/g, ' ')}` : record.category]);
  if (record.contributed) lines.push(['What contributed', record.contributed]);
  if (record.recommendedChange) lines.push(['Recommended change', record.recommendedChange]);
  if (record.segment) lines.push(['Segment', record.segment]);
  lines.push(['Outcome', record.outcome]);
  if (record.agentName) lines.push(['Logged by', record.agentName]);
  return lines;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Slack mrkdwn needs &, < and > escaped, or `<!channel>` in a customer quote would ping everyone. */
export const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function slackMessage(record: NearMissRecord, revisionNote: string): unknown {
  const title = `${record.test ? '[TEST] ' : ''}Near miss logged${revisionNote}: ${signalLabels[record.signal]} on ${record.helpdesk} #${record.ticketId}`;
  const quote = record.evidence[0]?.quote;
  return {
    text: slackEscape(title),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: clip(title, 150) } },
      {
        type: 'section',
        fields: summaryLines(record)
          .slice(0, 10)
          .map(([label, value]) => ({ type: 'mrkdwn', text: clip(`*${label}*\n${slackEscape(value)}`, 2000) })),
      },
      ...(quote ? [{ type: 'section', text: { type: 'mrkdwn', text: clip(`> ${slackEscape(quote).replace(/\n/g, '\n> ')}`, 3000) } }] : []),
      { type: 'context', elements: [{ type: 'plain_text', text: `Near Miss record ${record.id}` }] },
    ],
  };
}

export function teamsMessage(record: NearMissRecord, revisionNote: string): unknown {
  const title = `${record.test ? '[TEST] ' : ''}Near miss logged${revisionNote}: ${signalLabels[record.signal]}`;
  const quote = record.evidence[0]?.quote;
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', size: 'Medium', weight: 'Bolder', wrap: true, text: title },
            { type: 'FactSet', facts: summaryLines(record).map(([title, value]) => ({ title, value: clip(value, 1000) })) },
            ...(quote ? [{ type: 'TextBlock', wrap: true, isSubtle: true, text: clip(`“${quote}”`, 2000) }] : []),
            { type: 'TextBlock', wrap: true, size: 'Small', isSubtle: true, text: `Near Miss record ${record.id}` },
          ],
        },
      },
    ],
  };
}

const encoder = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Standard Webhooks: `v1,` + base64 HMAC-SHA256 over `id.timestamp.body`, keyed by the secret's bytes. */
export async function signWebhook(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const keyBytes = Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${id}.${timestamp}.${body}`));
  return `v1,${base64(new Uint8Array(mac))}`;
}

/** The request for one attempt. `now` is epoch ms (the signature's timestamp is per attempt). */
export async function buildRequest(item: Pick<OutboxItem, 'key' | 'record' | 'revision'>, endpoint: EndpointConfig, now: number): Promise<WireRequest> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const revisionNote = item.revision > 0 ? ` (update ${item.revision})` : '';
  if (endpoint.format === 'slack') return { url: endpoint.url, headers, body: JSON.stringify(slackMessage(item.record, revisionNote)) };
  if (endpoint.format === 'teams') return { url: endpoint.url, headers, body: JSON.stringify(teamsMessage(item.record, revisionNote)) };
  const body = JSON.stringify(item.record);
  headers['idempotency-key'] = item.key;
  if (endpoint.authToken) headers.authorization = `Bearer ${endpoint.authToken}`;
  if (endpoint.signingSecret) {
    const timestamp = Math.floor(now / 1000);
    headers['webhook-id'] = item.key;
    headers['webhook-timestamp'] = String(timestamp);
    headers['webhook-signature'] = await signWebhook(endpoint.signingSecret, item.key, timestamp, body);
  }
  return { url: endpoint.url, headers, body };
}

export interface NetworkDeps {
  fetch: typeof fetch;
  /** Whether the extension holds the endpoint's host permission (a worker's request needs it). */
  hasPermission(origin: string): Promise<boolean>;
  isOnline(): boolean;
  now(): number;
}

/** The endpoint's host permission pattern, as requested by the options page. */
export function originPattern(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** One POST; maps everything that can happen to a `SendOutcome` (never throws). */
export async function sendOnce(
  deps: NetworkDeps,
  item: Pick<OutboxItem, 'key' | 'record' | 'revision'>,
  endpoint: EndpointConfig,
  signal: AbortSignal,
): Promise<SendOutcome & { body?: string }> {
  if (!(await deps.hasPermission(originPattern(endpoint.url)))) {
    return { kind: 'blocked', error: 'the endpoint is not allowed yet: open Settings and save the endpoint to grant access' };
  }
  const request = await buildRequest(item, endpoint, deps.now());
  try {
    const response = await deps.fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      // 'manual' never follows a redirect either, and unlike 'error' it lets a redirect be told
      // apart from a network failure (an opaque-redirect response) so it is reported as a failure.
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return { kind: 'redirect' };
    const body = await response.text().catch(() => '');
    return { kind: 'response', status: response.status, retryAfter: response.headers.get('retry-after'), body: body.slice(0, 500) };
  } catch (error) {
    // Offline means the request never left; otherwise the receiver may have got it (reset after send).
    return { kind: 'network', error: error instanceof Error ? error.name : 'error', maybeSent: deps.isOnline() };
  }
}
