/**
 * The sidebar's host: one custom element at the end of <body> with an open shadow root holding our
 * stylesheet and a root to render into. It does what WXT's createShadowRootUi did for us (host
 * element, shadow root, styles, removal) without its positioning and wrapper machinery, which cost
 * 4 KB gzip in a script that runs on every helpdesk page. The sidebar positions itself (fixed).
 *
 * A <style> element rather than adoptedStyleSheets: Firefox's content scripts cannot reliably hand
 * constructed sheets across the Xray boundary, and this is inside our own shadow root anyway.
 */
export interface ShadowHost {
  host: HTMLElement;
  /** Render into this. */
  root: HTMLElement;
  remove(): void;
}

export function mountShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const root = doc.createElement('div');
  shadow.append(style, root);
  doc.body.append(host);
  return { host, root, remove: () => host.remove() };
}
