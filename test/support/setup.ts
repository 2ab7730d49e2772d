import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const catalogue = JSON.parse(readFileSync(resolve(__dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, CatalogueEntry>;

/** `i18n.getMessage` as the browser does it (named placeholders, then $1…$9), over the English catalogue. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\d)/g, (_whole, index: string) => values[Number(index) - 1] ?? '');
}

// Every test starts with empty storage and no listeners left over from the last one.
beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
});
