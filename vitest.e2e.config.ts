import { defineConfig } from 'vitest/config';

// The real-browser suite: one Chromium per file, files one after another (2-core machines, and each
// file owns a browser profile and a fixture server).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
