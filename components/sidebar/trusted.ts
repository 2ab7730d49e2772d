/**
 * Event handlers that only act on a person's input. The sidebar lives in an open shadow root on a
 * page we do not control: the page's scripts can reach its buttons and dispatch clicks or change
 * events, but they cannot make them `isTrusted`. (Keyboard activation of a button is trusted too.)
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) {
      handler(event);
      return;
    }
    event.stopPropagation();
    if (event.cancelable) {
      // For a click on a checkbox this also makes the browser flip it back after dispatch.
      event.preventDefault();
    } else if (event.type === 'click' && isToggle(event.target)) {
      // `new MouseEvent('click')` is not cancelable, yet still toggles a checkbox before any
      // listener runs: put it back ourselves, or the page could make the box lie about progress.
      event.target.checked = !event.target.checked;
    }
  };
}

function isToggle(target: EventTarget | null): target is HTMLInputElement {
  const input = target as HTMLInputElement | null;
  return input?.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio');
}
