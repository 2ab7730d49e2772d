import { resolve as resolvePath } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { helpdeskMatchPatterns } from './lib/adapters';
import { manifestCommands } from './lib/commands';

// `npm run dev` (test/support/dev.ts) serves the bundled demo ticket under a helpdesk host name and
// passes these, so the dev browser exercises the same match patterns as production.
const devBrowser = process.env.NEAR_MISS_CHROMIUM;
const devStartUrl = process.env.NEAR_MISS_DEMO_URL;
const devResolverRules = process.env.NEAR_MISS_HOST_RULES;

// Custom helpdesk domains and the logging endpoint are asked for when the user configures them.
const optionalOrigins = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script gets the browser's own namespace rather than the polyfill: see
    // lib/native-browser.ts. Vite takes the first matching alias, so this one goes in front.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
      const resolve = (config.resolve ??= {});
      const existing = resolve.alias ?? [];
      const list = Array.isArray(existing) ? existing : Object.entries(existing).map(([find, replacement]) => ({ find, replacement }));
      resolve.alias = [{ find: /^wxt\/browser$/, replacement: resolvePath('lib/native-browser.ts') }, ...list];
    },
  },
  webExt: {
    disabled: !devBrowser,
    binaries: devBrowser ? { chrome: devBrowser } : {},
    startUrls: devStartUrl ? [devStartUrl] : [],
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium refuses to start as root (containers, CI boxes) unless its sandbox is off.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // The demo server's certificate is self-signed and made on the fly for the demo host only.
      '--ignore-certificate-errors',
      ...(devResolverRules ? [`--host-resolver-rules=${devResolverRules}`] : []),
    ],
  },
  // The sources zip AMO asks for: no test output (screenshots, the fixture server's throwaway TLS
  // key, captured helpdesk pages) and no README images.
  zip: { excludeSources: ['test/artifacts/**', '.github/**', '.vitest-report*.json'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-ticket progress. Nothing else is needed yet; later features add theirs.
    // alarms: the outbox's wake-up after a stopped worker or a browser restart. unlimitedStorage:
    // local near-miss history in IndexedDB, never evicted. scripting: the content script on a
    // team's custom helpdesk hosts (registered at run time, lib/custom-hosts.ts).
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting'],
    commands: manifestCommands,
    // (MV2 has no optional_host_permissions: the same origins go in optional_permissions.)
    ...(manifestVersion === 3 ? { optional_host_permissions: optionalOrigins } : { optional_permissions: optionalOrigins }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'near-miss@near-miss.dev',
              // data_collection_permissions is read from Firefox 140 (Android 142) on.
              strict_min_version: '140.0',
              // Detection runs on the device and logs stay local. A team that configures its own
              // endpoint sends quotes and ticket links there: asked for on the options page then.
              data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // No other extension and no web page may message this one.
          externally_connectable: { ids: [], matches: [] },
          // Enterprise policy (lib/managed.ts). Chrome only: Firefox reads policies.json without a schema.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
