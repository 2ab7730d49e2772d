import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openNearMissDb, type NearMissDb } from './outbox-store';
import { defaultBackoff, type NearMissRecord, type OutboxItem } from './schema';
import { makeRecord } from '../test/support/records';

const record: NearMissRecord = makeRecord({
  signal: 'passive',
  confidence: 0.7,
  evidence: [{ quote: 'it was fine, I guess' }],
  category: null,
  factor: null,
  contributed: '',
  recommendedChange: '',
  segment: null,
  checklist: { done: [], total: 3 },
  outcome: 'pending',
});
const item: OutboxItem = {
  key: record.id,
  recordId: record.id,
  revision: 0,
  record,
  state: 'pending',
  attempts: 0,
  createdAt: 1,
  notBefore: 1,
  nextAttemptAt: 1,
  inFlight: null,
  lastError: null,
  lastStatus: null,
  deliveredAt: null,
};

let factory: IDBFactory;
let db: NearMissDb;
beforeEach(async () => {
  factory = new IDBFactory();
  db = await openNearMissDb(factory);
});

describe('openNearMissDb', () => {
  it('stores a record and its outbox item together, and both survive a reopen', async () => {
    await db.addRecord({ id: record.id, record, ownerTabId: 3 }, item);
    db.close();
    const reopened = await openNearMissDb(factory);
    expect(await reopened.getRecord(record.id)).toEqual({ id: record.id, record, ownerTabId: 3 });
    expect(await reopened.outbox.listByState('pending')).toEqual([item]);
    expect(await reopened.countByState()).toEqual({ pending: 1, in_flight: 0, delivered: 0, failed: 0, needs_confirmation: 0 });
  });

  it('is all or nothing: a failing outbox write leaves no record behind', async () => {
    await db.addRecord({ id: record.id, record, ownerTabId: 3 }, item);
    const other = { ...record, id: '11111111-1111-4111-8111-111111111111' };
    // The item's key is already taken: the second transaction must abort as a whole.
    await expect(db.addRecord({ id: other.id, record: other, ownerTabId: 3 }, { ...item, recordId: other.id, record: other })).rejects.toThrow();
    expect(await db.getRecord(other.id)).toBeUndefined();
    expect(await db.listRecords()).toEqual([record]);
  });

  it('refuses to store what does not parse', async () => {
    await expect(db.addRecord({ id: record.id, record: { ...record, confidence: 2 }, ownerTabId: 3 }, null)).rejects.toThrow();
    expect(await db.listRecords()).toEqual([]);
  });

  it('updates one item atomically and leaves it alone when the change says so', async () => {
    await db.addRecord({ id: record.id, record, ownerTabId: 3 }, item);
    expect(await db.outbox.update(record.id, () => undefined)).toEqual(item);
    const updated = await db.outbox.update(record.id, (current) => ({ ...current, state: 'delivered', deliveredAt: 5 }));
    expect(updated).toMatchObject({ state: 'delivered', deliveredAt: 5 });
    expect(await db.outbox.listByState('delivered')).toHaveLength(1);
    expect(await db.outbox.update('no-such-key', (current) => current)).toBeUndefined();
  });

  it('keeps the endpoint and the outbox meta', async () => {
    const endpoint = { url: 'https://hooks.example.com/nm', format: 'json' as const, authToken: 'tok', signingSecret: null, backoff: defaultBackoff, disabledReason: null };
    await db.setEndpoint(endpoint);
    await db.outbox.setMeta({ lastSuccessAt: 9 });
    await db.outbox.setMeta({ lastError: 'HTTP 503' });
    expect(await db.getEndpoint()).toEqual(endpoint);
    expect(await db.outbox.getMeta()).toEqual({ lastSuccessAt: 9, lastError: 'HTTP 503' });
    await db.setEndpoint(null);
    expect(await db.getEndpoint()).toBeNull();
  });
});
