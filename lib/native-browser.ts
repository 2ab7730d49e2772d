/**
 * `wxt/browser` for the content script only (wxt.config.ts swaps it in for that bundle): the
 * browser's own promise-based namespace instead of webextension-polyfill. The content script only
 * sends messages, listens for relayed commands and reads UI strings, which Firefox's `browser.*` and
 * Chrome MV3's `chrome.*` both do with promises; the polyfill would add 3 KB gzip to a script that
 * runs on every helpdesk page. The background and the extension pages keep the polyfill.
 */
import type { Browser, browser as polyfilled } from 'wxt/browser';

type Namespace = typeof polyfilled;
const scope = globalThis as unknown as { browser?: Namespace & { runtime?: { id?: string } }; chrome?: Namespace };

export const browser: Namespace = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Namespace;
export type { Browser };
