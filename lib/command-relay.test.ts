import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { relayCommand } from './command-relay';

describe('relayCommand', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends a known command to the top frame of the tab it was pressed in', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await relayCommand('start-log', 42);
    expect(send).toHaveBeenCalledWith(42, { name: 'command', data: { command: 'start-log' } }, { frameId: 0 });
  });

  it('falls back to the active tab when the browser gives none', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 } as never]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await relayCommand('toggle-sidebar', undefined);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(9, { name: 'command', data: { command: 'toggle-sidebar' } }, { frameId: 0 });
  });

  it('ignores commands it does not know', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await relayCommand('_execute_action', 42);
    expect(send).not.toHaveBeenCalled();
  });

  it('does not fail when the tab has no sidebar to receive it', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(relayCommand('toggle-sidebar', 7)).resolves.toBeUndefined();
  });
});
