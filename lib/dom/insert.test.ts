// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertText } from './insert';

// happy-dom has no document.execCommand: tests that need the native path install a stand-in that
// behaves like the browser's (insert at the selection, fire `input`, return true).
type ExecCommand = (command: string, ui?: boolean, value?: string) => boolean;
function installExecCommand(doc: Document, impl: ExecCommand): void {
  Object.defineProperty(doc, 'execCommand', { value: impl, configurable: true });
}
function browserLikeInsertText(doc: Document): ExecCommand {
  return (command, _ui, value = '') => {
    if (command !== 'insertText') return false;
    const active = doc.activeElement as HTMLTextAreaElement | HTMLElement | null;
    if (active instanceof HTMLTextAreaElement) {
      const start = active.selectionStart ?? active.value.length;
      active.value = active.value.slice(0, start) + value + active.value.slice(active.selectionEnd ?? start);
    } else {
      const range = doc.getSelection()!.getRangeAt(0);
      range.insertNode(doc.createTextNode(value));
    }
    active?.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  delete (document as unknown as Record<string, unknown>).execCommand;
});

describe('insertText into a textarea', () => {
  it('uses execCommand when the browser has it, at the end of the existing text', async () => {
    document.body.innerHTML = '<textarea id="t">Hi Jane,</textarea>';
    const textarea = document.getElementById('t') as HTMLTextAreaElement;
    textarea.setSelectionRange(0, 0); // the caret was at the start: insertion still goes to the end
    installExecCommand(document, browserLikeInsertText(document));
    await expect(insertText(textarea, ' sorry about the wait.')).resolves.toEqual({ ok: true, method: 'execCommand' });
    expect(textarea.value).toBe('Hi Jane, sorry about the wait.');
    expect(document.activeElement).toBe(textarea);
  });

  it('falls back to the native value setter plus an input event (React/Vue-controlled fields)', async () => {
    document.body.innerHTML = '<textarea id="t">Hi Jane,</textarea>';
    const textarea = document.getElementById('t') as HTMLTextAreaElement;
    const inputs = vi.fn();
    textarea.addEventListener('input', inputs);
    await expect(insertText(textarea, ' thanks!')).resolves.toEqual({ ok: true, method: 'value-setter' });
    expect(textarea.value).toBe('Hi Jane, thanks!');
    expect(inputs).toHaveBeenCalledTimes(1);
    expect(textarea.selectionStart).toBe('Hi Jane, thanks!'.length);
  });

  it('refuses disabled and read-only fields', async () => {
    document.body.innerHTML = '<textarea id="a" disabled></textarea><textarea id="b" readonly></textarea>';
    await expect(insertText(document.getElementById('a')!, 'x')).resolves.toEqual({ ok: false, reason: 'not-editable' });
    await expect(insertText(document.getElementById('b')!, 'x')).resolves.toEqual({ ok: false, reason: 'not-editable' });
  });
});

describe('insertText into a contenteditable editor', () => {
  it('uses execCommand when available and never also pastes (no double insertion)', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hi Jane,</p></div>';
    const editor = document.getElementById('e')!;
    const pastes = vi.fn();
    editor.addEventListener('paste', pastes);
    installExecCommand(document, browserLikeInsertText(document));
    const keyups = vi.fn();
    editor.addEventListener('keyup', keyups);
    await expect(insertText(editor, ' sorry!')).resolves.toEqual({ ok: true, method: 'execCommand' });
    expect(editor.textContent).toBe('Hi Jane, sorry!');
    expect(pastes).not.toHaveBeenCalled();
    // CKEditor 4 snapshots its undo stack on keyup: one is sent so Ctrl+Z undoes the insertion.
    expect(keyups).toHaveBeenCalledTimes(1);
  });

  it('falls back to a synthetic paste with text/plain, which editors like CKEditor 5 and ProseMirror handle', async () => {
    document.body.innerHTML = '<div id="e" class="ProseMirror" contenteditable="true"><p>Hi</p></div>';
    const editor = document.getElementById('e')!;
    editor.addEventListener('paste', (event) => {
      const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
      editor.querySelector('p')!.append(text); // what the editor's paste handler would do
    });
    await expect(insertText(editor, ' there\nsecond line')).resolves.toEqual({ ok: true, method: 'paste' });
    expect(editor.textContent).toBe('Hi there\nsecond line');
  });

  it('reports not-landed when nothing handled the paste, and never writes innerHTML itself', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hi</p></div>';
    const editor = document.getElementById('e')!;
    await expect(insertText(editor, 'hello')).resolves.toEqual({ ok: false, reason: 'not-landed' });
    expect(editor.innerHTML).toBe('<p>Hi</p>');
  });

  it('stops when the editor changed but not with our text', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hi</p></div>';
    const editor = document.getElementById('e')!;
    const pastes = vi.fn();
    editor.addEventListener('paste', pastes);
    installExecCommand(document, () => {
      editor.append('autocorrected');
      return true;
    });
    await expect(insertText(editor, 'hello')).resolves.toEqual({ ok: false, reason: 'changed-unexpectedly' });
    expect(pastes).not.toHaveBeenCalled();
  });

  it('refuses an element that is not editable', async () => {
    document.body.innerHTML = '<div id="e"><p>read only</p></div><div id="f" contenteditable="false"></div>';
    await expect(insertText(document.getElementById('e')!, 'x')).resolves.toEqual({ ok: false, reason: 'not-editable' });
    await expect(insertText(document.getElementById('f')!, 'x')).resolves.toEqual({ ok: false, reason: 'not-editable' });
  });

  it('works in another document (CKEditor 4\'s same-origin iframe body) through that document\'s execCommand', async () => {
    const frame = new Window({ url: 'http://localhost:8088/' });
    const frameDoc = frame.document as unknown as Document;
    frameDoc.body.className = 'cke_editable';
    frameDoc.body.setAttribute('contenteditable', 'true');
    frameDoc.body.innerHTML = '<p>Hi Jane,</p>';
    installExecCommand(frameDoc, browserLikeInsertText(frameDoc));
    await expect(insertText(frameDoc.body, ' the courier confirmed.')).resolves.toEqual({ ok: true, method: 'execCommand' });
    expect(frameDoc.body.textContent).toBe('Hi Jane, the courier confirmed.');
    await frame.happyDOM.close();
  });
});
