// The CLI as shipped: the `luoshi` command (bin/luoshi.mjs running the bundle built by scripts/build-cli.mjs),
// its output read through a pipe, as scripts read it.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'luoshi.mjs');
const seeds = join(root, 'seeds');
const run = promisify(execFile);

beforeAll(() => {
  // Always the current source: the test builds the bundle it runs.
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--quiet'], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}, 120_000);

/** A reader that starts late, so the pipe is full while the CLI finishes: the case that cut output short. */
const LATE_READER = `setTimeout(() => {
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c)).on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      const out = JSON.parse(text);
      console.log('whole', Buffer.byteLength(text), out.obligations.length);
    } catch {
      console.log('cut', Buffer.byteLength(text));
    }
  });
}, 300);`;

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe('luoshi check --json in a pipe', () => {
  it('arrives whole in 20 runs out of 20', async () => {
    // Eight of the seed's reports: output well over a pipe's 64 KiB, at a third of the full set's work per run.
    const folder = join(mkdtempSync(join(tmpdir(), 'luoshi-pipe-')), 'reports');
    mkdirSync(folder);
    for (const f of readdirSync(join(seeds, 'submissions')).sort().slice(0, 8)) copyFileSync(join(seeds, 'submissions', f), join(folder, f));
    const command = [process.execPath, bin, 'check', join(seeds, 'policy-seed.txt'), folder, '--as-of', '2022-01-31', '--import-date', '2022-03-01', '--json']
      .map(quote)
      .join(' ');
    const pipeline = `${command} | ${quote(process.execPath)} -e ${quote(LATE_READER)}`;
    const results: string[] = [];
    const worker = async () => {
      while (results.length < 20) {
        results.push('');
        const at = results.length - 1;
        const { stdout } = await run('bash', ['-c', `set -o pipefail; ${pipeline}`], { cwd: root, timeout: 120_000 });
        results[at] = stdout.trim();
      }
    };
    await Promise.all([worker(), worker()]);
    expect(results).toHaveLength(20);
    // More than a pipe's 64 KiB buffer, every time the same.
    const [first] = results;
    expect(first).toMatch(/^whole \d+ \d+$/);
    expect(Number(first.split(' ')[1])).toBeGreaterThan(64 * 1024);
    expect(results.filter((r) => r === first)).toHaveLength(20);
  }, 300_000);
});

describe('the luoshi command', () => {
  it('refuses a misspelt flag with the usage and a non-zero exit', () => {
    const r = spawnSync(process.execPath, [bin, 'check', join(seeds, 'policy-seed.txt'), join(seeds, 'submissions'), '--as-off', '2022-01-31'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('不认识的参数：--as-off');
    expect(r.stderr).toContain('用法：npx luoshi');
  });

  it('prints the usage for --help', () => {
    const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('用法：npx luoshi');
  });

  it('is the package’s bin', async () => {
    const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
    expect(pkg.bin).toEqual({ luoshi: 'bin/luoshi.mjs' });
    expect(pkg.scripts.prepare).toContain('scripts/build-cli.mjs');
    expect(pkg.scripts.build).toContain('scripts/build-cli.mjs');
  });
});
