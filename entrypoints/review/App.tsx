import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import { IMPORT_BATCH_MAX, REVIEW_PAGE_MAX, type EndpointView, type MergeReply, type NearMissRecord, type Result, type ReviewEdit, type ReviewPageReply } from '@/lib/schema';
import { distinctValues, filterFromHash, filterRecords, filterToHash, indexRecord, isEmptyFilter, type IndexedRecord, type ReviewFilter } from '@/lib/review/filter';
import { parseImport, recordsToCsv, recordsToJson } from '@/lib/review/records-io';
import { AnalysisPanel } from '@/components/review/AnalysisPanel';
import { Charts } from '@/components/review/Charts';
import { Filters } from '@/components/review/Filters';
import { ImportReport, type ImportState } from '@/components/review/ImportReport';
import { RecordList } from '@/components/review/RecordList';
import { download, yieldToMain } from './page-utils';

type Load = { phase: 'loading'; loaded: number; total: number } | { phase: 'ready' } | { phase: 'failed'; error: string };

/** Typing in the search box applies after this pause, so each keystroke does not refilter. */
const SEARCH_DEBOUNCE_MS = 150;

/**
 * Records per history page while loading. Smaller than the message's maximum: each page is parsed,
 * indexed and merged in one task, and 1,000 keeps that task well under 50 ms on a slow laptop.
 */
const LOAD_PAGE = Math.min(1000, REVIEW_PAGE_MAX);

const newestFirst = (a: IndexedRecord, b: IndexedRecord) => b.at - a.at || (a.record.id < b.record.id ? -1 : 1);

/** Merges two lists sorted by `newestFirst` in one pass (no re-sort of everything per page). */
function mergeSorted(a: IndexedRecord[], b: IndexedRecord[]): IndexedRecord[] {
  const out: IndexedRecord[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = newestFirst(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function useDarkScheme(): boolean {
  const query = useMemo(() => window.matchMedia('(prefers-color-scheme: dark)'), []);
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}

/**
 * The team lead's review page: local history (plus agents' files and the endpoint's list, merged
 * by id in the background), filters kept in the URL hash, the analysis of one near miss, charts,
 * and CSV/JSON export of what is shown.
 */
export function ReviewApp() {
  const initial = useMemo(() => filterFromHash(location.hash), []);
  const [items, setItems] = useState<IndexedRecord[]>([]);
  const [load, setLoad] = useState<Load>({ phase: 'loading', loaded: 0, total: 0 });
  const [blameless, setBlameless] = useState(true);
  const [filterInput, setFilterInput] = useState<ReviewFilter>(initial.filter);
  const [filter, setFilter] = useState<ReviewFilter>(initial.filter);
  const [selectedId, setSelectedId] = useState<string | undefined>(initial.selected);
  const [importState, setImportState] = useState<ImportState | null>(null);
  const pendingImport = useRef<NearMissRecord[]>([]);
  const [endpoint, setEndpoint] = useState<EndpointView | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveMessage, setSaveMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const dark = useDarkScheme();
  const loadRun = useRef(0);

  /** Reads the whole history in pages; the list shows the first page as soon as it arrives. */
  const reload = useCallback(async () => {
    const run = ++loadRun.current;
    let after: string | null = null;
    let all: IndexedRecord[] = [];
    for (;;) {
      const reply: Result<ReviewPageReply> = await sendMessage('listReview', { after, limit: LOAD_PAGE });
      if (run !== loadRun.current) return; // a newer reload took over
      if (!reply.ok) return setLoad({ phase: 'failed', error: reply.error });
      const { records, next, total, blameless: hideNames }: ReviewPageReply = reply.value;
      setBlameless(hideNames);
      all = mergeSorted(all, records.map((r) => indexRecord(r, hideNames)).sort(newestFirst));
      setItems(all);
      if (!next) break;
      setLoad({ phase: 'loading', loaded: all.length, total });
      after = next;
      await yieldToMain();
    }
    setLoad({ phase: 'ready' });
  }, []);

  useEffect(() => {
    void reload();
    void sendMessage('getEndpoint', {}).then((reply) => reply.ok && setEndpoint(reply.value));
  }, [reload]);

  // Marks for the benchmark (test/bench/review.bench.ts): first rows on screen, all loaded.
  const firstRender = useRef(false);
  useEffect(() => {
    if (!firstRender.current && items.length > 0) {
      firstRender.current = true;
      requestAnimationFrame(() => performance.mark('nm-review:first-rows'));
    }
  }, [items]);
  useEffect(() => {
    if (load.phase === 'ready') performance.mark('nm-review:loaded');
  }, [load.phase]);

  // Search text settles before it filters; every other control applies at once.
  useEffect(() => {
    if (filterInput.q === filter.q) return setFilter(filterInput);
    const timer = setTimeout(() => setFilter(filterInput), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [filterInput]);

  // The view lives in the hash, so a lead can share it; a pasted or edited hash applies too.
  useEffect(() => {
    const hash = filterToHash(filter, selectedId);
    if (hash !== location.hash && !(hash === '' && location.hash === '#')) history.replaceState(null, '', hash || location.pathname + location.search);
  }, [filter, selectedId]);
  useEffect(() => {
    const onHash = () => {
      const next = filterFromHash(location.hash);
      setFilterInput(next.filter);
      setFilter(next.filter);
      setSelectedId(next.selected);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const filtered = useMemo(() => filterRecords(items, filter).map((i) => i.record), [items, filter]);
  const choices = useMemo(() => distinctValues(items), [items]);
  const selected = useMemo(() => (selectedId ? items.find((i) => i.record.id === selectedId)?.record : undefined), [items, selectedId]);

  async function importFile(file: File) {
    setImportState({ phase: 'reading', fileName: file.name });
    try {
      const report = await parseImport(file.name, await file.text(), yieldToMain);
      pendingImport.current = report.records;
      if (report.problems.length === 0) await applyImport(file.name, 0);
      else setImportState({ phase: 'review', fileName: file.name, valid: report.records.length, total: report.total, problems: report.problems });
    } catch (error) {
      setImportState({ phase: 'failed', fileName: file.name, error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function applyImport(fileName: string, skipped: number) {
    const records = pendingImport.current;
    pendingImport.current = [];
    const merge: MergeReply = { added: 0, updated: 0, unchanged: 0, kept: 0 };
    for (let i = 0; i < records.length; i += IMPORT_BATCH_MAX) {
      setImportState({ phase: 'saving', fileName, done: i, valid: records.length });
      const reply = await sendMessage('importNearMisses', { records: records.slice(i, i + IMPORT_BATCH_MAX) });
      if (!reply.ok) {
        const error = i === 0 ? t('rvImportNothingSaved', reply.error) : t('rvImportPartlySaved', [String(i), String(records.length), reply.error]);
        setImportState({ phase: 'failed', fileName, error });
        return void reload();
      }
      for (const key of ['added', 'updated', 'unchanged', 'kept'] as const) merge[key] += reply.value[key];
    }
    setImportState({ phase: 'done', fileName, merge, skipped });
    await reload();
  }

  async function syncEndpoint() {
    setNotice({ ok: true, text: t('rvSyncing') });
    const reply = await sendMessage('syncReviewEndpoint', { fromStart: false });
    if (!reply.ok) return setNotice({ ok: false, text: t('rvSyncFailed', reply.error) });
    const r = reply.value;
    const text = t('rvSyncDone', [String(r.fetched), String(r.added), String(r.updated)]);
    setNotice({ ok: r.invalid === 0, text: r.invalid ? `${text} ${t('rvSyncInvalid', [String(r.invalid), r.problems.join('; ')])}` : text });
    await reload();
  }

  async function save(edit: Omit<ReviewEdit, 'id'>) {
    if (!selected) return;
    setSaving(true);
    const reply = await sendMessage('updateReview', { id: selected.id, ...edit });
    setSaving(false);
    if (!reply.ok) return setSaveMessage({ ok: false, text: t('rvSaveFailed', reply.error) });
    const updated = indexRecord(reply.value, blameless);
    setItems((current) => current.map((i) => (i.record.id === updated.record.id ? updated : i)));
    setSaveMessage({ ok: true, text: t('rvSaved') });
  }

  useEffect(() => setSaveMessage(null), [selectedId]);

  const stamp = new Date().toISOString().slice(0, 10);
  const canSync = endpoint !== null && endpoint.format === 'json';

  return (
    <div class="nm-review" data-loading={load.phase === 'loading' ? 'true' : 'false'}>
      <header class="nm-review-header">
        <h1 data-testid="nm-review">{t('reviewTitle')}</h1>
        <div class="nm-toolbar" role="group" aria-label={t('rvToolbarLabel')}>
          <label class="nm-button" for="nm-import-file">
            {t('rvImport')}
          </label>
          <input
            id="nm-import-file"
            class="nm-visually-hidden"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            data-testid="nm-import"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
          <button type="button" data-testid="nm-export-csv" disabled={filtered.length === 0} onClick={() => download(`near-misses-${stamp}.csv`, `\uFEFF${recordsToCsv(filtered, { blameless })}`, 'text/csv;charset=utf-8')}>
            {t('rvExportCsv', String(filtered.length))}
          </button>
          <button type="button" data-testid="nm-export-json" disabled={filtered.length === 0} onClick={() => download(`near-misses-${stamp}.json`, recordsToJson(filtered, { blameless }), 'application/json')}>
            {t('rvExportJson')}
          </button>
          {canSync && (
            <button type="button" data-testid="nm-sync-endpoint" onClick={() => void syncEndpoint()}>
              {t('rvSync')}
            </button>
          )}
        </div>
      </header>
      <p class="nm-muted">{blameless ? t('rvBlamelessOn') : t('rvBlamelessOff')}</p>
      {notice && (
        <p role={notice.ok ? 'status' : 'alert'} class={notice.ok ? '' : 'nm-error'} data-testid="nm-review-notice">
          {notice.text}
        </p>
      )}
      <ImportReport
        state={importState}
        onApply={() => importState?.phase === 'review' && void applyImport(importState.fileName, importState.problems.length)}
        onDismiss={() => {
          pendingImport.current = [];
          setImportState(null);
        }}
      />
      <Filters filter={filterInput} helpdesks={choices.helpdesks} segments={choices.segments} onChange={setFilterInput} />
      <p role="status" aria-live="polite" class="nm-count" data-testid="nm-review-count" data-count={filtered.length}>
        {load.phase === 'failed'
          ? t('rvLoadFailed', load.error)
          : load.phase === 'loading'
            ? t('rvLoading', [String(load.loaded), String(load.total)])
            : isEmptyFilter(filter)
              ? t('rvCountAll', String(items.length))
              : t('rvCountFiltered', [String(filtered.length), String(items.length)])}
      </p>
      <div class="nm-review-body">
        {items.length === 0 && load.phase === 'ready' ? <p class="nm-empty">{t('rvEmptyHistory')}</p> : <RecordList records={filtered} selectedId={selectedId} onSelect={setSelectedId} />}
        <AnalysisPanel record={selected} blameless={blameless} saving={saving} message={saveMessage} onSave={(edit) => void save(edit)} />
      </div>
      <Charts records={filtered} dark={dark} />
    </div>
  );
}
