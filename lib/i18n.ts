import { browser } from 'wxt/browser';

/**
 * A UI string from `_locales/<lang>/messages.json`. Falls back to the key so a missing translation is
 * visible rather than blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
