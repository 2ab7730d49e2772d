/**
 * `npm test`: every check the project has, in order, ending with one plain line
 * `N passed, N failed` that sums them all (CI reads that line; vitest's own summary is not read).
 *
 * type check → builds (Chrome MV3, Firefox) → unit tests → web-ext lint (Firefox) → e2e in Chromium.
 * A check that cannot run because an earlier one failed counts as failed, never as skipped-and-green.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from './fixture-server';

interface Tally { passed: number; failed: number }
const total: Tally = { passed: 0, failed: 0 };
const lines: string[] = [];

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function record(name: string, tally: Tally): void {
  total.passed += tally.passed;
  total.failed += tally.failed;
  const line = `${name}: ${tally.passed} passed, ${tally.failed} failed`;
  lines.push(line);
  console.log(`\n${line}\n`);
}

/** A single pass/fail check (type check, a build, the linter). */
function check(name: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const ok = run(command, args) === 0;
  record(name, ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  return ok;
}

/** A vitest suite, counted test by test from its JSON report. */
function vitestSuite(name: string, configArgs: string[]): void {
  const report = join(projectRoot, `.vitest-report-${name}.json`);
  rmSync(report, { force: true });
  console.log(`\n▶ ${name} tests`);
  const status = run('npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  if (!existsSync(report)) {
    record(name, { passed: 0, failed: 1 });
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: Array<{ status: string; assertionResults: Array<{ status: string }> }>;
  };
  // A file that fails as a whole (syntax error, failing beforeAll) may have no failed *test*: count
  // each such file once, and a non-zero exit with nothing else failed as one failure.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  let failed = json.numFailedTests + brokenFiles;
  if (status !== 0 && failed === 0) failed = 1;
  record(name, { passed: json.numPassedTests, failed });
}

function printBundleSizes(): void {
  const dir = join(projectRoot, '.output/chrome-mv3');
  const files = [
    ['content script', join(dir, 'content-scripts/helpdesk.js')],
    ['background', join(dir, 'background.js')],
  ] as const;
  for (const [label, file] of files) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    console.log(`size: ${label} ${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip`);
  }
  const chunks = join(dir, 'chunks');
  if (existsSync(chunks)) console.log(`size: page chunks ${readdirSync(chunks).length} files`);
}

const typed = check('typecheck', 'npx', ['tsc', '--noEmit']);
const built = check('build chrome-mv3', 'npx', ['wxt', 'build']) && check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (built) printBundleSizes();
vitestSuite('unit', []);
if (built) {
  check('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-config-discovery']);
  vitestSuite('e2e', ['--config', 'vitest.e2e.config.ts']);
} else {
  record('web-ext lint', { passed: 0, failed: 1 });
  record('e2e', { passed: 0, failed: 1 });
}

console.log(`\n${lines.join('\n')}\n${typed ? '' : '(type errors above)\n'}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
