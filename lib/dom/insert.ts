/**
 * Insert plain text into a helpdesk's reply editor, through the editor's own input path.
 *
 * Only call this from an explicit user action (a click in the sidebar): it focuses the editor.
 *
 *   focus + caret at end
 *     └▶ document.execCommand('insertText')   native input: fires beforeinput/input, undoable,
 *        │                                     handled by CKEditor 4/5, ProseMirror, Froala,
 *        │                                     Summernote, Redactor and plain contenteditable
 *        └▶ synthetic `paste` (DataTransfer 'text/plain')   for editors that ignore it but
 *           │                                              handle paste (CKEditor 5, ProseMirror)
 *           └▶ textarea only: native value setter + `input`  (React/Vue-controlled textareas
 *                                                             read the event, not the property)
 * Never innerHTML: it desyncs the editor's model (the helpdesk would send the old text) and
 * bypasses undo. Each step is verified by reading the editor back, so a step that silently did
 * nothing falls through, and a step that changed the editor is never followed by another (no
 * double insertion).
 */

export type EditorKind =
  | 'ckeditor5' // Zendesk Agent Workspace
  | 'ckeditor4' // Request Tracker: iframe.cke_wysiwyg_frame → body.cke_editable, or the textarea before it starts
  | 'froala' // Freshdesk
  | 'prosemirror' // Intercom, Chatwoot
  | 'summernote' // FreeScout
  | 'redactor' // osTicket (Redactor 3)
  | 'contenteditable' // Zammad, Help Scout, Front, Gorgias (unverified)
  | 'textarea';

export type InsertMethod = 'execCommand' | 'paste' | 'value-setter';

export type InsertResult =
  | { ok: true; method: InsertMethod }
  | { ok: false; reason: 'not-editable' | 'not-landed' | 'changed-unexpectedly' };

function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName.toUpperCase();
  return tag === 'TEXTAREA' || (tag === 'INPUT' && /^(text|search|)$/i.test(el.getAttribute('type') ?? ''));
}

function isEditableHost(el: Element): el is HTMLElement {
  const attr = el.getAttribute('contenteditable');
  if (attr !== null && attr.toLowerCase() !== 'false') return true;
  const doc = el.ownerDocument;
  return el === doc.body && doc.designMode === 'on';
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function currentText(el: Element): string {
  return isTextControl(el) ? el.value : (el.textContent ?? '');
}

/** The text landed if the editor now holds it (ignoring the whitespace editors turn into markup). */
function landed(el: Element, before: string, text: string): 'yes' | 'no' | 'other' {
  const after = currentText(el);
  if (after === before) return 'no';
  return squash(after).includes(squash(text)) ? 'yes' : 'other';
}

function placeCaretAtEnd(el: HTMLElement): void {
  if (isTextControl(el)) {
    const end = el.value.length;
    el.setSelectionRange(end, end);
    return;
  }
  const doc = el.ownerDocument;
  const selection = doc.getSelection?.() ?? doc.defaultView?.getSelection() ?? null;
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function tryExecCommand(el: HTMLElement, text: string): boolean {
  const doc = el.ownerDocument as Document & { execCommand?: Document['execCommand'] };
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function dispatchPaste(el: HTMLElement, text: string): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win || typeof win.DataTransfer !== 'function' || typeof win.ClipboardEvent !== 'function') return false;
  try {
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    el.dispatchEvent(event);
    return true;
  } catch {
    return false;
  }
}

function setNativeValue(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const win = el.ownerDocument.defaultView;
  const proto = el.tagName.toUpperCase() === 'TEXTAREA' ? win?.HTMLTextAreaElement.prototype : win?.HTMLInputElement.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(el, value);
  else el.value = value;
  const EventCtor = win?.Event ?? Event;
  el.dispatchEvent(new EventCtor('input', { bubbles: true }));
  el.dispatchEvent(new EventCtor('change', { bubbles: true }));
}

/**
 * CKEditor 4 keeps its own undo stack and takes a snapshot on keyup, not on `input`: without one,
 * Ctrl+Z after our insertion did nothing (checked on RT 5's CKEditor 4 in Chromium, 2026-11-22). A
 * key-less keyup is ignored by the other editors' key handlers (ProseMirror, CKEditor 5) or only
 * makes them sync their model (Summernote, Froala, Redactor), which is what we want anyway.
 */
function nudgeUndoManager(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView;
  const KeyboardEventCtor = win?.KeyboardEvent ?? (typeof KeyboardEvent === 'undefined' ? undefined : KeyboardEvent);
  if (KeyboardEventCtor) el.dispatchEvent(new KeyboardEventCtor('keyup', { bubbles: true }));
}

/** Wait for editors that apply a paste asynchronously (one frame, or a macrotask without rAF). */
function nextFrame(win: Window | null): Promise<void> {
  return new Promise((resolve) => {
    if (win && typeof win.requestAnimationFrame === 'function' && win.document.visibilityState !== 'hidden') {
      win.requestAnimationFrame(() => resolve());
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/**
 * Insert `text` at the end of `editor` (a textarea, an input, or a contenteditable host such as
 * `.ck-editor__editable`, `.ProseMirror`, `.fr-element`, `.note-editable`, `.redactor-in`, or the
 * `body.cke_editable` of CKEditor 4's iframe). Resolves with how it landed, or why not.
 */
export async function insertText(editor: Element, text: string): Promise<InsertResult> {
  const el = editor as HTMLElement;
  const textControl = isTextControl(el);
  if (!textControl && !isEditableHost(el)) return { ok: false, reason: 'not-editable' };
  if ((el as HTMLTextAreaElement).disabled || (el as HTMLTextAreaElement).readOnly) return { ok: false, reason: 'not-editable' };

  el.focus();
  placeCaretAtEnd(el);
  const before = currentText(el);

  tryExecCommand(el, text);
  let result = landed(el, before, text);
  if (result === 'yes') {
    if (!textControl) nudgeUndoManager(el);
    return { ok: true, method: 'execCommand' };
  }
  if (result === 'other') return { ok: false, reason: 'changed-unexpectedly' };

  if (!textControl) {
    if (dispatchPaste(el, text)) {
      result = landed(el, before, text);
      if (result === 'no') {
        await nextFrame(el.ownerDocument.defaultView);
        result = landed(el, before, text);
      }
      if (result === 'yes') return { ok: true, method: 'paste' };
      if (result === 'other') return { ok: false, reason: 'changed-unexpectedly' };
    }
    return { ok: false, reason: 'not-landed' };
  }

  // Textareas don't handle paste events themselves; a synthetic one would do nothing.
  const value = el.value;
  const start = typeof el.selectionStart === 'number' ? el.selectionStart : value.length;
  const end = typeof el.selectionEnd === 'number' ? el.selectionEnd : value.length;
  setNativeValue(el, value.slice(0, start) + text + value.slice(end));
  const caret = start + text.length;
  el.setSelectionRange(caret, caret);
  return landed(el, before, text) === 'yes' ? { ok: true, method: 'value-setter' } : { ok: false, reason: 'not-landed' };
}
