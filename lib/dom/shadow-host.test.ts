// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountShadowHost } from './shadow-host';

describe('mountShadowHost', () => {
  it('adds one host at the end of the body, with the styles and a root inside an open shadow root', () => {
    document.body.innerHTML = '<main id="helpdesk"></main>';
    const mounted = mountShadowHost(document, 'near-miss-sidebar', ':host { all: initial; }');
    expect(document.body.lastElementChild).toBe(mounted.host);
    expect(mounted.host.shadowRoot?.querySelector('style')?.textContent).toBe(':host { all: initial; }');
    expect(mounted.root.parentNode).toBe(mounted.host.shadowRoot);
    // The helpdesk's own DOM is untouched.
    expect(document.getElementById('helpdesk')?.childElementCount).toBe(0);
    mounted.remove();
    expect(document.querySelector('near-miss-sidebar')).toBeNull();
  });
});
