import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts with empty storage and no listeners left over from the last one.
beforeEach(() => {
  fakeBrowser.reset();
});
