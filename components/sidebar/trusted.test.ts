// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { trusted } from './trusted';

// happy-dom, like a page script, can only make untrusted events: these tests are the hostile side.
describe('trusted', () => {
  it('never calls the handler for a scripted event', () => {
    const handler = vi.fn();
    const button = document.createElement('button');
    button.addEventListener('click', trusted(handler));
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(handler).not.toHaveBeenCalled();
  });

  it('cancels a cancelable scripted event', () => {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.addEventListener('click', trusted(vi.fn()));
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('flips a checkbox back after a non-cancelable scripted click toggled it', () => {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = true;
    input.addEventListener('click', trusted(vi.fn()));
    input.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: false }));
    expect(input.checked).toBe(true);
  });
});
