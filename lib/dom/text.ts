/**
 * What the author wrote, from a message element: visible text with line structure, minus quoted
 * earlier emails and signatures.
 *
 *   element ──walk()──▶ lines (block elements and <br> break lines, hidden/quote/signature subtrees
 *                              skipped, a "cut" element ends the message)
 *           ──stripQuotedAndSignature()──▶ text (attribution lines, "> " quotes, Outlook header
 *                              blocks, "-- " signatures and "Sent from my iPhone" footers removed)
 *
 * Two stages because helpdesks disagree on where quotes live: Gmail/Outlook/Apple Mail mark them in
 * HTML (.gmail_quote, #divRplyFwdMsg, blockquote[type=cite]), plain-text mail only in the text
 * ("On Tue, Jane wrote:", "> …"). Standard DOM only (no innerText: happy-dom and jsdom lack layout).
 *
 * Output format, relied on by the adapters' tests: lines keep the sender's hard wraps; spaces inside
 * a line are collapsed; trailing spaces trimmed; at most one blank line in a row; no leading or
 * trailing blank lines.
 */

/** Elements whose content is never message text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'SVG', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IMG',
  'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that start and end a line. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

/** Elements that stand for a paragraph: a blank line before and after. */
const PARAGRAPH_TAGS = new Set(['P']);

/**
 * Quoted history marked up in HTML. Sources: Gmail `.gmail_quote` / `.gmail_extra`; Apple Mail and
 * Thunderbird `blockquote[type=cite]` and `.moz-cite-prefix`; Yahoo `.yahoo_quoted`; Outlook web
 * `#divRplyFwdMsg` + `#appendonsend` (Outlook puts the reply header before the quoted body);
 * Zendesk `div.signature`, Gmail `.gmail_signature`, Apple `.AppleOriginalContents`.
 */
export const QUOTE_SELECTORS: readonly string[] = [
  '.gmail_quote', '.gmail_extra', 'blockquote[type="cite"]', '.moz-cite-prefix', '.yahoo_quoted',
  '.AppleOriginalContents', '#divRplyFwdMsg', '#divRplyFwdMsg ~ *', '.protonmail_quote',
  'blockquote.quote',
];
export const SIGNATURE_SELECTORS: readonly string[] = [
  '.signature', '.gmail_signature', '.moz-signature', '[data-smartmail="gmail_signature"]',
  '#Signature', '.x_signature',
];
/** Elements after which nothing belongs to the author (Outlook appends the quote after these). */
export const CUT_SELECTORS: readonly string[] = ['#appendonsend', '#divRplyFwdMsg', 'hr#stopSpelling'];

export interface ExtractOptions {
  /** Extra subtrees to drop (helpdesk chrome inside the body, e.g. "Show quoted text" toggles). */
  remove?: readonly string[];
  /** Extra elements at which the message ends (e.g. Zammad's `.js-signatureMarker`). */
  cutAt?: readonly string[];
  /** Keep quotes and signatures (for agent replies and notes, where only the text matters). */
  keepQuotes?: boolean;
}

const defaultRemove = [...QUOTE_SELECTORS, ...SIGNATURE_SELECTORS].join(', ');
const defaultCut = CUT_SELECTORS.join(', ');
const selectorCache = new Map<string, string>();

function joinSelectors(base: string, extra: readonly string[] | undefined): string {
  if (!extra || extra.length === 0) return base;
  const key = base + '\u0000' + extra.join('\u0000');
  let joined = selectorCache.get(key);
  if (joined === undefined) {
    joined = [base, ...extra].filter(Boolean).join(', ');
    selectorCache.set(key, joined);
  }
  return joined;
}

/** The author's own text of a message body element. */
export function extractText(root: Element, options: ExtractOptions = {}): string {
  const remove = joinSelectors(options.keepQuotes ? '' : defaultRemove, options.remove);
  const cut = joinSelectors(options.keepQuotes ? '' : defaultCut, options.cutAt);
  const raw = walk(root, remove, cut);
  return options.keepQuotes ? normalizeLines(raw) : stripQuotedAndSignature(raw);
}

/** Visible text of an element with line breaks, no stripping (headers, names, labels). */
export function visibleText(root: Element | null | undefined): string {
  if (!root) return '';
  return normalizeLines(walk(root, '', '')).replace(/\n+/g, ' ').trim();
}

interface WalkState {
  out: string[];
  stopped: boolean;
  pre: number;
  /** Newlines at the end of `out` (whitespace-only text doesn't count as content). */
  newlines: number;
}

function walk(root: Element, remove: string, cut: string): string {
  const state: WalkState = { out: [], stopped: false, pre: 0, newlines: 1 };
  walkChildren(root, remove, cut, state);
  return state.out.join('');
}

function pushText(state: WalkState, value: string): void {
  if (value === '') return;
  if (state.pre === 0 && value === ' ' && state.newlines > 0) return; // indentation between blocks
  state.out.push(value);
  const trailing = /\n*$/.exec(value)?.[0].length ?? 0;
  state.newlines = trailing === value.length ? state.newlines + trailing : trailing;
}

/** End the current line (block boundary) or leave a blank line (paragraph), without stacking. */
function ensureNewlines(state: WalkState, count: number): void {
  while (state.newlines < count) {
    state.out.push('\n');
    state.newlines++;
  }
}

function walkChildren(parent: Node, remove: string, cut: string, state: WalkState): void {
  for (let node = parent.firstChild; node && !state.stopped; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      pushText(state, state.pre > 0 ? value : value.replace(/[\s\u00a0]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
    if (cut && el.matches(cut)) {
      state.stopped = true;
      return;
    }
    if (remove && el.matches(remove)) continue;
    if (tag === 'BR') {
      pushText(state, '\n');
      continue;
    }
    const cell = tag === 'TD' || tag === 'TH';
    const block = BLOCK_TAGS.has(tag);
    const paragraph = PARAGRAPH_TAGS.has(tag);
    if (paragraph) ensureNewlines(state, 2);
    else if (block) ensureNewlines(state, 1);
    else if (cell && state.newlines === 0) pushText(state, ' ');
    if (tag === 'PRE') state.pre++;
    walkChildren(el, remove, cut, state);
    if (tag === 'PRE') state.pre--;
    if (paragraph) ensureNewlines(state, 2);
    else if (block) ensureNewlines(state, 1);
  }
}

/** Trim line ends, collapse spaces, at most one blank line, no blank lines at the ends. */
export function normalizeLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const clean = line.replace(/[ \t\f\v]+/g, ' ').trim();
    if (clean === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(clean);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/*
 * Text-level rules, each with an example it removes. Order matters: the first line that starts a
 * quote or a signature ends the message; "> " lines anywhere are dropped.
 */

/** "On Tue, 3 Jun 2025 at 10:02, Jane Doe <jane@example.com> wrote:" (may wrap onto a 2nd line). */
const ATTRIBUTION = [
  /^On\b.{0,300}\bwrote:?$/i,
  /^Am\b.{0,300}\bschrieb\b.{0,200}:$/i, // German: "Am 03.06.2025 um 10:02 schrieb Jane:"
  /^Le\b.{0,300}\ba écrit ?:$/i, // French: "Le mar. 3 juin 2025, Jane a écrit :"
  /^El\b.{0,300}\bescribió:$/i, // Spanish: "El mar, 3 jun 2025, Jane escribió:"
  /^Op\b.{0,300}\bschreef\b.{0,200}:$/i, // Dutch: "Op di 3 jun. 2025 schreef Jane:"
];
/** "-----Original Message-----", "----- Forwarded message -----", Outlook's underscore rule. */
const SEPARATOR = [
  /^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Forwarded message|Mensaje original)\s*-{2,}$/i,
  /^_{10,}$/,
  /^Begin forwarded message:$/i,
];
/** "-- " (RFC 3676 signature separator; trailing space already trimmed) and "—". */
const SIGNATURE_SEPARATOR = /^(--|—|–)$/;
/** Phone and webmail footers: "Sent from my iPhone", "Get Outlook for Android". */
const MOBILE_FOOTER = [
  /^Sent from my (iPhone|iPad|Android|Galaxy|Samsung|BlackBerry|mobile|phone|Pixel)\b.*$/i,
  /^Sent from (Mail|Outlook|Yahoo Mail|ProtonMail|Proton Mail)( for \w+)?\b.*$/i,
  /^Get Outlook for (iOS|Android)\b.*$/i,
  /^Von meinem (iPhone|iPad|Smartphone) gesendet$/i,
  /^Envoyé de mon (iPhone|iPad)$/i,
];
/** Outlook desktop reply header: "From: …" then within four lines "Sent: …"/"Date: …". */
const OUTLOOK_FROM = /^(From|Von|De|Van):\s*\S/i;
const OUTLOOK_SENT = /^(Sent|Date|Gesendet|Datum|Envoyé|Enviado):\s*\S/i;

export function stripQuotedAndSignature(raw: string): string {
  const lines = normalizeLines(raw).split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('>')) continue;
    const next = lines[i + 1] ?? '';
    if (ATTRIBUTION.some((re) => re.test(line))) break;
    if (/^On\b/i.test(line) && ATTRIBUTION.some((re) => re.test(`${line} ${next}`))) break;
    if (SEPARATOR.some((re) => re.test(line))) break;
    if (SIGNATURE_SEPARATOR.test(line)) break;
    if (MOBILE_FOOTER.some((re) => re.test(line))) break;
    if (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 5).some((l) => OUTLOOK_SENT.test(l))) break;
    kept.push(line);
  }
  return normalizeLines(kept.join('\n'));
}
