import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

export interface ImportExportProps {
  exportText: string;
  /** Validates in full and applies all or nothing; returns the error to show, or null. */
  onImport(text: string): Promise<string | null>;
}

export function ImportExport({ exportText, onImport }: ImportExportProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <section aria-labelledby="nm-io-heading">
      <h2 id="nm-io-heading">{t('optImportExportHeading')}</h2>
      <a download="near-miss-settings.json" href={`data:application/json;charset=utf-8,${encodeURIComponent(exportText)}`} data-testid="nm-export">
        {t('optExport')}
      </a>
      <label>
        {t('optImportLabel')}
        <textarea rows={6} data-testid="nm-import-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <input
        type="file"
        accept="application/json,.json"
        aria-label={t('optImportFile')}
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (file) setText(await file.text());
        }}
      />
      <button
        type="button"
        data-testid="nm-import"
        onClick={async () => {
          const error = await onImport(text);
          setResult(error === null ? { ok: true, text: t('optImported') } : { ok: false, text: t('optImportFailed', error) });
        }}
      >
        {t('optImport')}
      </button>
      <p role="status" aria-live="polite" data-testid="nm-import-result" data-ok={result ? String(result.ok) : undefined}>
        {result?.text ?? ''}
      </p>
    </section>
  );
}
