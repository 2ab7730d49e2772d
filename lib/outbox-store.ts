/**
 * The extension's IndexedDB: local near-miss history, the outbox and the endpoint configuration.
 *
 * Why IndexedDB and not storage.local: content scripts can read storage.local, and the endpoint's
 * token, signing secret and Slack/Teams URLs are credentials; storage.local also has no
 * transactions, and a record and its outbox item must be written together (reliability.md §3).
 * Every write transaction asks for `durability: 'strict'`: a "saved" reply means it is on disk.
 * Every read goes through zod: a row that does not parse is reported and left alone, never rewritten.
 */
import {
  endpointConfigSchema,
  nearMissRecordSchema,
  outboxItemSchema,
  type EndpointConfig,
  type NearMissRecord,
  type OutboxItem,
  type OutboxState,
} from './schema';
import type { OutboxMeta, OutboxStore } from './outbox';

export const DB_NAME = 'near-miss';
const DB_VERSION = 1;
const RECORDS = 'records';
const OUTBOX = 'outbox';
const CONFIG = 'config';

/** A history row: the agent's record (unredacted, it stays here) and which tab logged it. */
export interface RecordRow {
  id: string;
  record: NearMissRecord;
  /** The tab whose content script logged it: only that tab may edit or undo it. */
  ownerTabId: number | null;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function parseRow(value: unknown): RecordRow | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const row = value as Partial<RecordRow>;
  const record = nearMissRecordSchema.safeParse(row.record);
  if (!record.success || typeof row.id !== 'string') {
    console.error('Near Miss: unreadable history row left in place', row.id);
    return undefined;
  }
  return { id: row.id, record: record.data, ownerTabId: typeof row.ownerTabId === 'number' ? row.ownerTabId : null };
}

function parseItem(value: unknown): OutboxItem | undefined {
  const parsed = outboxItemSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.error('Near Miss: unreadable outbox row left in place', (value as { key?: unknown } | null)?.key);
  return undefined;
}

export interface NearMissDb {
  outbox: OutboxStore;
  /** Stores a new record and, when an endpoint is configured, its outbox item: one transaction. */
  addRecord(row: RecordRow, item: OutboxItem | null): Promise<void>;
  getRecord(id: string): Promise<RecordRow | undefined>;
  listRecords(): Promise<NearMissRecord[]>;
  /**
   * Reads a record and its outbox items and writes what `change` returns, in one transaction.
   * `change` returns undefined to write nothing, or `{ delete: true }` to remove the record and items.
   */
  editRecord<T>(
    id: string,
    change: (row: RecordRow, items: OutboxItem[]) => { row: RecordRow; items: OutboxItem[]; result: T } | { delete: true; result: T } | undefined,
  ): Promise<T | undefined>;
  countByState(): Promise<Record<OutboxState, number>>;
  // Issue 7 (review page): history in pages by id, and merging records from files or the endpoint.
  /** Up to `limit` records with ids after `after` (id order), and the id to continue from. */
  listRecordsPage(after: string | null, limit: number): Promise<{ records: NearMissRecord[]; next: string | null; total: number }>;
  /**
   * Merges records by id in one transaction: `decide` sees the stored row (if any) and returns the
   * row to write, or undefined to leave it; it is called once per record, in order.
   */
  mergeRecords(records: readonly NearMissRecord[], decide: (stored: RecordRow | undefined, incoming: NearMissRecord) => RecordRow | undefined): Promise<void>;
  getEndpoint(): Promise<EndpointConfig | null>;
  setEndpoint(config: EndpointConfig | null): Promise<void>;
  close(): void;
}

export async function openNearMissDb(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<NearMissDb> {
  const open = factory.open(name, DB_VERSION);
  open.onupgradeneeded = () => {
    // Version 1 creates the stores. A later version must copy rows forward, never drop a store
    // (Workbox's upgrade deleted its queue: reliability.md §1).
    const db = open.result;
    if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(OUTBOX)) {
      const outbox = db.createObjectStore(OUTBOX, { keyPath: 'key' });
      outbox.createIndex('recordId', 'recordId');
      outbox.createIndex('state', 'state');
    }
    if (!db.objectStoreNames.contains(CONFIG)) db.createObjectStore(CONFIG, { keyPath: 'name' });
  };
  const db = await request(open);

  async function transact<T>(stores: string[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    const tx = db.transaction(stores, mode, { durability: 'strict' });
    const done = completion(tx);
    let result: T;
    try {
      result = await body(tx);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await done.catch(() => undefined);
      throw error;
    }
    // Resolve only once the transaction has committed: callers reply "saved" after this.
    await done;
    return result;
  }

  const outbox: OutboxStore = {
    listByState: (state) =>
      transact([OUTBOX], 'readonly', async (tx) =>
        (await request(tx.objectStore(OUTBOX).index('state').getAll(state))).flatMap((v) => parseItem(v) ?? []),
      ),
    get: (key) => transact([OUTBOX], 'readonly', async (tx) => parseItem(await request(tx.objectStore(OUTBOX).get(key)))),
    update: (key, change) =>
      transact([OUTBOX], 'readwrite', async (tx) => {
        const store = tx.objectStore(OUTBOX);
        const current = parseItem(await request(store.get(key)));
        if (!current) return undefined;
        const next = change(current);
        if (!next) return current;
        const checked = outboxItemSchema.parse(next);
        await request(store.put(checked));
        return checked;
      }),
    getMeta: () =>
      transact([CONFIG], 'readonly', async (tx) => {
        const row = (await request(tx.objectStore(CONFIG).get('outboxMeta'))) as Partial<OutboxMeta> | undefined;
        return {
          lastSuccessAt: typeof row?.lastSuccessAt === 'number' ? row.lastSuccessAt : null,
          lastError: typeof row?.lastError === 'string' ? row.lastError : null,
        };
      }),
    setMeta: (meta) =>
      transact([CONFIG], 'readwrite', async (tx) => {
        const store = tx.objectStore(CONFIG);
        const row = ((await request(store.get('outboxMeta'))) ?? { name: 'outboxMeta' }) as Record<string, unknown>;
        await request(store.put({ ...row, ...meta, name: 'outboxMeta' }));
      }),
  };

  return {
    outbox,
    addRecord: (row, item) =>
      transact([RECORDS, OUTBOX], 'readwrite', async (tx) => {
        // `add`, not `put`: an id already stored makes the transaction fail (ConstraintError).
        await request(tx.objectStore(RECORDS).add({ ...row, record: nearMissRecordSchema.parse(row.record) }));
        if (item) await request(tx.objectStore(OUTBOX).add(outboxItemSchema.parse(item)));
      }),
    getRecord: (id) => transact([RECORDS], 'readonly', async (tx) => parseRow(await request(tx.objectStore(RECORDS).get(id)))),
    listRecords: () =>
      transact([RECORDS], 'readonly', async (tx) =>
        (await request(tx.objectStore(RECORDS).getAll())).flatMap((v) => parseRow(v)?.record ?? []),
      ),
    editRecord: (id, change) =>
      transact([RECORDS, OUTBOX], 'readwrite', async (tx) => {
        const records = tx.objectStore(RECORDS);
        const items = tx.objectStore(OUTBOX);
        const row = parseRow(await request(records.get(id)));
        if (!row) return undefined;
        const current = (await request(items.index('recordId').getAll(id))).flatMap((v) => parseItem(v) ?? []);
        const outcome = change(row, current);
        if (!outcome) return undefined;
        if ('delete' in outcome) {
          await request(records.delete(id));
          for (const item of current) await request(items.delete(item.key));
          return outcome.result;
        }
        await request(records.put({ ...outcome.row, record: nearMissRecordSchema.parse(outcome.row.record) }));
        for (const item of outcome.items) await request(items.put(outboxItemSchema.parse(item)));
        return outcome.result;
      }),
    countByState: () =>
      transact([OUTBOX], 'readonly', async (tx) => {
        const index = tx.objectStore(OUTBOX).index('state');
        const states: OutboxState[] = ['pending', 'in_flight', 'delivered', 'failed', 'needs_confirmation'];
        const counts = await Promise.all(states.map((state) => request(index.count(state))));
        return Object.fromEntries(states.map((state, i) => [state, counts[i] ?? 0])) as Record<OutboxState, number>;
      }),
    listRecordsPage: (after, limit) =>
      transact([RECORDS], 'readonly', async (tx) => {
        const store = tx.objectStore(RECORDS);
        const range = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
        // One more than asked: tells whether another page follows without a second query.
        const [values, total] = await Promise.all([request(store.getAll(range, limit + 1)), request(store.count())]);
        const page = values.slice(0, limit);
        const last = page[page.length - 1] as { id?: unknown } | undefined;
        const next = values.length > limit && typeof last?.id === 'string' ? last.id : null;
        return { records: page.flatMap((v) => parseRow(v)?.record ?? []), next, total };
      }),
    mergeRecords: (records, decide) =>
      transact([RECORDS], 'readwrite', async (tx) => {
        const store = tx.objectStore(RECORDS);
        for (const record of records) {
          const raw: unknown = await request(store.get(record.id));
          const stored = raw === undefined ? undefined : parseRow(raw);
          // An unreadable stored row is left alone (see parseRow), never overwritten by a merge.
          if (raw !== undefined && !stored) continue;
          const row = decide(stored, record);
          if (row) await request(store.put({ ...row, record: nearMissRecordSchema.parse(row.record) }));
        }
      }),
    getEndpoint: () =>
      transact([CONFIG], 'readonly', async (tx) => {
        const row = (await request(tx.objectStore(CONFIG).get('endpoint'))) as { value?: unknown } | undefined;
        if (!row) return null;
        const parsed = endpointConfigSchema.safeParse(row.value);
        if (!parsed.success) console.error('Near Miss: the stored endpoint is unreadable; delivery paused until it is saved again');
        return parsed.success ? parsed.data : null;
      }),
    setEndpoint: (config) =>
      transact([CONFIG], 'readwrite', async (tx) => {
        const store = tx.objectStore(CONFIG);
        if (config === null) await request(store.delete('endpoint'));
        else await request(store.put({ name: 'endpoint', value: endpointConfigSchema.parse(config) }));
      }),
    close: () => db.close(),
  };
}
