import { browser } from 'wxt/browser';
import { commandIds } from './commands';

/** Relays a command to the content script of the tab it was pressed in (it owns the sidebar). */
export async function relayCommand(command: string, tabId: number | undefined): Promise<void> {
  if (!(commandIds as readonly string[]).includes(command)) return;
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return;
  // A tab without our content script (not a helpdesk ticket) has no listener: nothing to do there.
  await browser.tabs.sendMessage(target, { name: 'command', data: { command } }, { frameId: 0 }).catch(() => undefined);
}
