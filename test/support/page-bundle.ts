/**
 * Builds a module of ours into one IIFE with vite, to run inside a test page (the adapters and the
 * detector timed or checked where they really run). Used by the e2e suite and the benchmarks.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { projectRoot } from './fixture-server';

/** `entry` relative to the project root; the bundle assigns the module's exports to `globalName`. */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: projectRoot,
    resolve: { alias: { '@': projectRoot } },
    build: {
      write: false,
      minify: false,
      lib: { entry: join(projectRoot, entry), formats: ['iife'], name: globalName, fileName: globalName },
    },
  });
  const output = (Array.isArray(result) ? result[0]! : result) as { output: Array<{ code?: string }> };
  const js = output.output[0]?.code;
  if (!js) throw new Error(`vite produced no bundle for ${entry}`);
  return js;
}
