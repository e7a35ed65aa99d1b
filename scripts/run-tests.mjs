// Runs every suite (type check and lint, unit and integration, end to end) and prints one closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
mkdirSync('test-results', { recursive: true });

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${label}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return r.status ?? 1;
}

function check(label, cmd, args) {
  const ok = run(label, cmd, args) === 0;
  totals[ok ? 'passed' : 'failed'] += 1;
  process.stdout.write(`--- ${label}: ${ok ? 'passed' : 'FAILED'}\n`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// Native modules must match the Node ABI (npm start may have rebuilt them for Electron).
if (run('native modules for Node', 'node', ['scripts/native-abi.mjs', 'node']) !== 0) totals.failed += 1;

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.']);

const vitestJson = 'test-results/vitest.json';
rmSync(vitestJson, { force: true });
const unitStatus = run('unit and integration (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  if (unitStatus !== 0 && v.numFailedTests === 0) totals.failed += 1; // a suite that failed to load
} else totals.failed += 1;

const buildOk = run('renderer build', 'npx', ['vite', 'build', '--logLevel', 'warn']) === 0;
if (!buildOk) totals.failed += 1;

const e2eJson = 'test-results/e2e.json';
rmSync(e2eJson, { force: true });
if (buildOk && existsSync('playwright.config.ts')) {
  const e2eStatus = run('end to end (playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson, LUOSHI_E2E_SKIP_BUILD: '1' });
  const e = readJson(e2eJson);
  if (e?.stats) {
    totals.passed += e.stats.expected;
    totals.failed += e.stats.unexpected + (e.stats.flaky ?? 0);
    totals.skipped += e.stats.skipped;
    if (e2eStatus !== 0 && e.stats.unexpected === 0) totals.failed += 1;
    for (const reason of skipReasons(e)) process.stdout.write(`skipped: ${reason}\n`);
  } else totals.failed += 1;
}

/** Why each skipped end-to-end test was skipped, as the spec says it. */
function skipReasons(report) {
  const reasons = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const why = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? '(no reason given)';
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const s of report.suites ?? []) walk(s);
  return [...reasons].map(([why, n]) => `${n} × ${why}`);
}

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed ? 1 : 0);
