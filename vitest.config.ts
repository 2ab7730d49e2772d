import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure lib/ code in Node, DOM code in happy-dom (per-file `@vitest-environment`), and
// extension APIs through WXT's fake browser. The real-browser suite has its own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['{lib,components,entrypoints,test}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/support/setup.ts'],
  },
});
