/**
 * Near-miss records for tests and benchmarks: one hand-written factory and a
 * deterministic generator (a seeded LCG, so a failing run can be repeated exactly).
 */
import type { NearMissRecord } from '../../lib/schema';
import { categories, factorsByCategory, signals } from '../../lib/vocabulary';

export function makeRecord(overrides: Partial<NearMissRecord> = {}): NearMissRecord {
  return {
    schemaVersion: 1,
    id: '3f1c2a7e-9d4b-4c1a-8e2f-5a6b7c8d9e0f',
    revision: 0,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    helpdesk: 'zendesk',
    ticketId: '1042',
    ticketUrl: 'https://acme.zendesk.com/agent/tickets/1042',
    channel: 'email',
    signal: 'great_but',
    confidence: 0.9,
    evidence: [{ quote: 'Love the product, but the export keeps timing out', messageId: 'c1' }],
    correction: null,
    category: 'systems',
    factor: 'strategic',
    contributed: 'Export times out on large accounts',
    recommendedChange: 'Stream the export',
    segment: 'key_account',
    checklist: { done: ['thank'], total: 4 },
    outcome: 'recovered',
    changeStatus: 'open',
    detectorVersion: '1.0.0',
    ...overrides,
  };
}

const quotes = [
  'Love the product, but the export keeps timing out',
  'It was fine, I guess',
  "Third time this month the app crashed. I've been with you nine years and don't want to switch, but please fix it",
  'Great support as always, but the invoice PDF is missing our VAT number',
  'Honestly it took four days to approve my credit, that is far too long',
  'Your agent was lovely, but I had to explain everything twice',
];
const helpdesks = ['zendesk', 'freshdesk', 'intercom', 'helpscout', 'front'];
const segments = ['key_account', 'new_segment', 'standard', 'smb'];
const outcomes = ['pending', 'recovered', 'lost'] as const;
const statuses = ['open', 'in_progress', 'done'] as const;

/** `count` varied records over the ~26 weeks before `endMs`; ids are valid v4-shaped UUIDs. */
export function generateRecords(count: number, seed = 7, endMs = Date.UTC(2026, 5, 30)): NearMissRecord[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const out: NearMissRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(endMs - Math.floor(next() * 182 * 86_400_000)).toISOString();
    const category = next() < 0.1 ? null : pick(categories);
    const factor = category && next() < 0.85 ? pick(factorsByCategory[category]) : null;
    const hex = (i + 1).toString(16).padStart(12, '0');
    out.push(
      makeRecord({
        id: `${(seed >>> 0).toString(16).padStart(8, '0').slice(-8)}-0000-4000-8000-${hex}`,
        createdAt: at,
        updatedAt: at,
        helpdesk: pick(helpdesks),
        ticketId: String(10_000 + i),
        ticketUrl: `https://acme.zendesk.com/agent/tickets/${10_000 + i}`,
        signal: pick(signals),
        confidence: Math.round(next() * 100) / 100,
        evidence: [{ quote: pick(quotes), messageId: `m${i}` }],
        category,
        factor,
        contributed: factor ? `Contributed: ${factor.replace(/_/g, ' ')} (#${i})` : '',
        recommendedChange: next() < 0.6 ? `Change ${i % 37}` : '',
        segment: next() < 0.2 ? null : pick(segments),
        outcome: pick(outcomes),
        changeStatus: pick(statuses),
        checklist: { done: [], total: 4 },
      }),
    );
  }
  return out;
}
