/**
 * Test-only: load a helpdesk fixture into a happy-dom window at a given URL. Not imported by the
 * extension (only by *.test.ts files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');

export function fixturePath(adapterId: string, file: string): string {
  return join(FIXTURES_DIR, adapterId, file);
}

export function listFixtures(adapterId: string): string[] {
  try {
    return readdirSync(join(FIXTURES_DIR, adapterId)).filter((f) => f.endsWith('.html')).sort();
  } catch {
    return [];
  }
}

export function readFixture(adapterId: string, file: string): string {
  return readFileSync(fixturePath(adapterId, file), 'utf8');
}

/** The fixture's header comment (source URL pattern, markup source, date). */
export function fixtureHeader(html: string): string | undefined {
  return /^\s*<!--([\s\S]*?)-->/.exec(html)?.[1];
}

export interface LoadedFixture {
  window: Window;
  document: Document;
}

/** A window at `url` whose document is the fixture (scripts, styles and frames not loaded). */
export function loadFixture(adapterId: string, file: string, url = 'https://helpdesk.example.test/'): LoadedFixture {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigator: { userAgent: 'near-miss-tests' },
    },
  });
  window.document.write(readFixture(adapterId, file));
  return { window, document: window.document as unknown as Document };
}

export interface FixtureCase {
  fixture: string;
  url: string;
  ticketId: string;
  requester?: { name?: string; email?: string };
  channel: 'email' | 'chat' | 'unknown';
  /** Every message in thread order: [author, exact text]. */
  messages: readonly (readonly [author: string, text: string])[];
  /** Whether the reply editor is rendered in this fixture. */
  editor: boolean;
}

export interface AdapterUnderTest {
  id: string;
  readTicket(doc: Document): { ticketId: string; requester?: { name?: string; email?: string }; channel: string; messages: { id: string; author: string; text: string; element: Element }[] } | undefined;
  readMessage(el: Element): { id: string; author: string; text: string } | undefined;
  messageElements(root: ParentNode): Element[];
  threadRoot(doc: Document): Element | null;
  editor: { find(doc: Document): Element | null };
}
