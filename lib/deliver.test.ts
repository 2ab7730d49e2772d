import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { buildRequest, sendOnce, slackEscape, slackMessage, teamsMessage, type NetworkDeps } from './deliver';
import { defaultBackoff, type EndpointConfig, type NearMissRecord } from './schema';
import { makeRecord } from '../test/support/records';

const record: NearMissRecord = makeRecord({
  signal: 'frustrated_retained',
  confidence: 0.82,
  // Markup and Slack's mention syntax, to check both formats escape them.
  evidence: [{ quote: 'Third time this month <!channel> the app crashed & I still stay' }],
  contributed: 'Crash on export',
  recommendedChange: 'Fix the export',
  checklist: { done: ['acknowledge'], total: 8 },
  outcome: 'pending',
});

// 32 random bytes, base64: a valid Standard Webhooks secret.
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const endpoint = (extra: Partial<EndpointConfig> = {}): EndpointConfig => ({
  url: 'https://hooks.example.com/nm',
  format: 'json',
  authToken: null,
  signingSecret: null,
  backoff: defaultBackoff,
  disabledReason: null,
  ...extra,
});

describe('JSON webhook requests', () => {
  it('sends the record as the body, with the Idempotency-Key and the bearer token', async () => {
    const request = await buildRequest({ key: record.id, record, revision: 0 }, endpoint({ authToken: 'tok_123' }), Date.now());
    expect(JSON.parse(request.body)).toEqual(record);
    expect(request.headers).toEqual({ 'content-type': 'application/json', 'idempotency-key': record.id, authorization: 'Bearer tok_123' });
  });

  it('signs the exact bytes sent: standardwebhooks verifies it, and a mutated byte fails', async () => {
    const now = Date.now();
    const request = await buildRequest({ key: `${record.id}.2`, record: { ...record, revision: 2 }, revision: 2 }, endpoint({ signingSecret: secret }), now);
    expect(request.headers['webhook-id']).toBe(`${record.id}.2`);
    expect(request.headers['idempotency-key']).toBe(`${record.id}.2`);
    expect(request.headers['webhook-timestamp']).toBe(String(Math.floor(now / 1000)));
    expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const verifier = new Webhook(secret);
    expect(verifier.verify(request.body, request.headers)).toEqual(JSON.parse(request.body));
    const mutated = request.body.replace('"revision":2', '"revision":3');
    expect(mutated).not.toBe(request.body);
    expect(() => verifier.verify(mutated, request.headers)).toThrow();
    expect(() => new Webhook('whsec_' + btoa('another-secret-of-24-bytes!')).verify(request.body, request.headers)).toThrow();
  });

  it('gives each attempt a fresh timestamp and signature under the same id', async () => {
    const item = { key: record.id, record, revision: 0 };
    const first = await buildRequest(item, endpoint({ signingSecret: secret }), Date.now());
    const second = await buildRequest(item, endpoint({ signingSecret: secret }), Date.now() + 61_000);
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(second.body).toBe(first.body);
    expect(second.headers['webhook-timestamp']).not.toBe(first.headers['webhook-timestamp']);
    expect(new Webhook(secret).verify(second.body, second.headers)).toBeTruthy();
  });
});

describe('Slack and Teams messages', () => {
  it('escapes Slack control characters so a quote cannot ping a channel', () => {
    expect(slackEscape('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
    const text = JSON.stringify(slackMessage(record, ''));
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('&lt;!channel&gt;');
  });

  it('summarises the near miss (Block Kit with text fallback; Adaptive Card)', async () => {
    const slack = JSON.parse((await buildRequest({ key: record.id, record, revision: 0 }, endpoint({ format: 'slack' }), 0)).body);
    expect(slack.text).toBe('Near miss logged: Frustrated yet retained on zendesk #1042');
    expect(slack.blocks.map((b: { type: string }) => b.type)).toEqual(['header', 'section', 'section', 'context']);
    const teams = teamsMessage({ ...record, test: true }, ' (update 1)') as { attachments: Array<{ contentType: string; content: { type: string; body: Array<{ text?: string }> } }> };
    expect(teams.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams.attachments[0]?.content.type).toBe('AdaptiveCard');
    expect(teams.attachments[0]?.content.body[0]?.text).toBe('[TEST] Near miss logged (update 1): Frustrated yet retained');
  });

  it('sends no Idempotency-Key or secrets to Slack/Teams', async () => {
    const request = await buildRequest({ key: record.id, record, revision: 0 }, endpoint({ format: 'teams', authToken: 'tok', signingSecret: secret }), 0);
    expect(request.headers).toEqual({ 'content-type': 'application/json' });
  });
});

describe('sendOnce', () => {
  const deps = (fetchImpl: typeof fetch, permitted = true, online = true): NetworkDeps => ({
    fetch: fetchImpl,
    hasPermission: async () => permitted,
    isOnline: () => online,
    now: () => Date.now(),
  });
  const item = { key: record.id, record, revision: 0 };

  it('never follows redirects and reports them as such', async () => {
    let init: RequestInit | undefined;
    const outcome = await sendOnce(
      deps(async (_url, i) => {
        init = i;
        return new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } });
      }),
      item,
      endpoint(),
      new AbortController().signal,
    );
    expect(init?.redirect).toBe('manual');
    expect(init?.credentials).toBe('omit');
    expect(outcome).toEqual({ kind: 'redirect' });
  });

  it('reports status, Retry-After and the start of the body', async () => {
    const outcome = await sendOnce(deps(async () => new Response('slow down', { status: 429, headers: { 'retry-after': '7' } })), item, endpoint(), new AbortController().signal);
    expect(outcome).toEqual({ kind: 'response', status: 429, retryAfter: '7', body: 'slow down' });
  });

  it('is blocked without the host permission, and sends nothing', async () => {
    let called = false;
    const outcome = await sendOnce(deps(async () => ((called = true), new Response('')), false), item, endpoint(), new AbortController().signal);
    expect(outcome.kind).toBe('blocked');
    expect(called).toBe(false);
  });

  it('tells "maybe sent" from "offline" on a network error', async () => {
    const failing = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await sendOnce(deps(failing), item, endpoint(), new AbortController().signal)).toEqual({ kind: 'network', error: 'TypeError', maybeSent: true });
    expect(await sendOnce(deps(failing, true, false), item, endpoint(), new AbortController().signal)).toEqual({ kind: 'network', error: 'TypeError', maybeSent: false });
  });
});
