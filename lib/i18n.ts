import { browser } from 'wxt/browser';

/**
 * A UI string from `_locales/<lang>/messages.json`. Falls back to the key so a missing translation is
 * visible rather than blank.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
