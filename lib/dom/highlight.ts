/**
 * Shows the agent where a flag's evidence is in the helpdesk's thread without rewriting the
 * helpdesk's DOM: the CSS Custom Highlight API paints `Range`s, and the one rule that styles them
 * goes in through `document.adoptedStyleSheets`, which adds no element to the page.
 *
 * Where the API is missing (older Firefox), the message is still scrolled into view; nothing is
 * painted rather than anything injected.
 */

export const EVIDENCE_HIGHLIGHT = 'near-miss-evidence';
export const MESSAGE_HIGHLIGHT = 'near-miss-message';

const highlightRules = `
::highlight(${EVIDENCE_HIGHLIGHT}) { background-color: rgb(255 196 0 / 55%); color: inherit; }
::highlight(${MESSAGE_HIGHLIGHT}) { background-color: rgb(255 196 0 / 16%); }
`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlightApi(doc: Document): { registry: HighlightRegistry; Highlight: HighlightConstructor } | undefined {
  const win = doc.defaultView as (Window & { Highlight?: HighlightConstructor; CSS?: { highlights?: HighlightRegistry } }) | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return registry && Highlight ? { registry, Highlight } : undefined;
}

const styled = new WeakSet<Document>();
function ensureStyles(doc: Document): void {
  if (styled.has(doc) || !('adoptedStyleSheets' in doc)) return;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet) return;
  const sheet = new Sheet();
  sheet.replaceSync(highlightRules);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  styled.add(doc);
}

/** Whitespace-insensitive search: the cue comes from extracted text, the DOM has the markup's spacing. */
function findRange(element: Element, cue: string): Range | undefined {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  // Flatten text nodes to one string with whitespace runs folded, remembering where each char came from.
  let flat = '';
  const origin: Array<{ node: Text; offset: number }> = [];
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const space = /\s/.test(data[i]!);
      if (space && lastWasSpace) continue;
      flat += space ? ' ' : data[i]!.toLowerCase();
      origin.push({ node, offset: i });
      lastWasSpace = space;
    }
  }
  const needle = cue.replace(/\s+/g, ' ').trim().toLowerCase();
  const at = needle ? flat.indexOf(needle) : -1;
  if (at < 0) return undefined;
  const start = origin[at]!;
  const end = origin[at + needle.length - 1]!;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

/**
 * Scrolls to `element` and paints the message and its evidence cues. Returns how many cues were
 * found in the DOM (0 when the API is missing or the text was not found).
 */
export function highlightEvidence(element: Element, cues: readonly string[]): number {
  const doc = element.ownerDocument;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const api = highlightApi(doc);
  if (!api) return 0;
  ensureStyles(doc);
  const ranges = cues.map((cue) => findRange(element, cue)).filter((range): range is Range => range !== undefined);
  const whole = doc.createRange();
  whole.selectNodeContents(element);
  api.registry.set(MESSAGE_HIGHLIGHT, new api.Highlight(whole));
  api.registry.set(EVIDENCE_HIGHLIGHT, new api.Highlight(...ranges));
  return ranges.length;
}

export function clearHighlights(doc: Document): void {
  const api = highlightApi(doc);
  api?.registry.delete(MESSAGE_HIGHLIGHT);
  api?.registry.delete(EVIDENCE_HIGHLIGHT);
}
