// The CLI on a workspace of several policies: a second `check P2 DIR2 --workspace W` adds P2 and its reports;
// --policy (document number in any bracket form, or id) picks one; --json carries each obligation's policy.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { openWorkspace } from './services/workspace';

const root = join(__dirname, '..');
const seeds = join(root, 'seeds');

/** Runs the CLI without blocking the test worker (long imports would starve its heartbeat). */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(root, 'electron', 'cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const SEED = '市中政办发〔2021〕14号';
const COUNTY = '云政办发〔2023〕21号';

describe('cli on a portfolio', () => {
  it('adds a second policy to a workspace, covers both, and picks one with --policy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-portfolio-'));
    const file = join(dir, 'w.sqlite');
    openWorkspace(file).close();
    const common = ['--workspace', file, '--as-of', '2024-01-31', '--import-date', '2024-02-20'];

    const first = await cli('check', join(seeds, 'policy-seed.txt'), join(seeds, 'submissions'), ...common, '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).policy.docNumber).toBe(SEED);

    const second = await cli('check', join(seeds, 'sample-2', 'policy.txt'), join(seeds, 'sample-2', 'submissions'), ...common, '--json');
    expect(second.code, second.stderr).toBe(0);
    const all = JSON.parse(second.stdout);
    expect(all.policies.map((p: any) => p.docNumber)).toEqual([SEED, COUNTY]);
    expect(all.policy).toBeUndefined();
    const ids = all.policies.map((p: any) => p.id);
    // Every obligation names its policy; each policy's share is its own matrix.
    for (const o of all.obligations) expect(ids).toContain(o.policy.id);
    const ws = openWorkspace(file);
    try {
      for (const p of all.policies) {
        const own = all.obligations.filter((o: any) => o.policy.id === p.id);
        expect(own.every((o: any) => o.policy.label === p.label)).toBe(true);
        expect(own.map((o: any) => `${o.measure} ${o.department} ${o.status}`)).toEqual(
          ws.call('compliance/matrix', { asOf: '2024-01-31', policy: p.id }).obligations.map((o) => `${o.measure} ${o.department} ${o.status}`),
        );
      }
      expect(ws.info().policies).toHaveLength(2);
    } finally {
      ws.close();
    }
    expect(all.obligations.some((o: any) => o.department === '县财政局' && o.policy.label === COUNTY)).toBe(true);

    // By document number, typed with square brackets, and by id: the same one policy.
    const byNumber = JSON.parse((await cli('check', ...common, '--json', '--policy', '云政办发[2023]21号')).stdout);
    const byId = JSON.parse((await cli('check', ...common, '--json', '--policy', String(ids[1]))).stdout);
    expect(byNumber.policy.docNumber).toBe(COUNTY);
    expect(byNumber.policies.map((p: any) => p.id)).toEqual([ids[1]]);
    expect(new Set(byNumber.obligations.map((o: any) => o.policy.id))).toEqual(new Set([ids[1]]));
    expect(byId.obligations).toEqual(byNumber.obligations);
    // One policy's check lists its own reports, each with the measures it answers there; the workspace holds more.
    expect(byNumber.submissions.length).toBeGreaterThan(0);
    expect(byNumber.submissions.length).toBeLessThan(all.submissions.length);
    for (const s of byNumber.submissions) expect(s.policies.map((p: any) => p.id)).toContain(ids[1]);
    const countyMeasures = new Set(byNumber.policies[0].measures.map((m: any) => m.number));
    for (const s of byNumber.submissions) for (const l of s.links) expect(countyMeasures.has(l.measure)).toBe(true);

    // Readable output: one group per policy.
    const text = await cli('check', ...common);
    expect(text.stdout).toContain(`━━ 1/2  ${SEED} ━━`);
    expect(text.stdout).toContain(`━━ 2/2  ${COUNTY} ━━`);

    // The report without --policy is the 督查通报; with one it is that policy's report.
    const bulletin = join(dir, 'bulletin.docx');
    const report = await cli('report', ...common, '--out', bulletin, '--date', '2024-02-01');
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('已导出督查通报');
    const bulletinText = (await mammoth.extractRawText({ path: bulletin })).value;
    expect(bulletinText).toContain('关于政策文件落实情况的督查通报');
    expect(bulletinText).toContain(COUNTY);
    const one = join(dir, 'one.docx');
    expect((await cli('report', ...common, '--out', one, '--policy', COUNTY)).code).toBe(0);
    expect((await mammoth.extractRawText({ path: one })).value).not.toContain(SEED);

    // Notices: every department with something outstanding on either policy; --policy keeps to one.
    const notices = await cli('notices', ...common, '--reply-by', '2024-02-10', '--out', join(dir, 'all'));
    const county = await cli('notices', ...common, '--reply-by', '2024-02-10', '--out', join(dir, 'county'), '--policy', COUNTY);
    expect(notices.code).toBe(0);
    expect(notices.stdout).toContain('催办通知-县财政局.docx');
    expect(notices.stdout).toContain('催办通知-区司法局.docx');
    expect(county.stdout).toContain('催办通知-县财政局.docx');
    expect(county.stdout).not.toContain('催办通知-区司法局.docx');
  }, 600_000);

  it('names an unknown --policy and lists the workspace’s policies, with a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-portfolio-'));
    const file = join(dir, 'w.sqlite');
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    ws.close();
    const r = await cli('check', '--workspace', file, '--as-of', '2022-01-31', '--policy', '某政发〔2020〕1号');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('工作区中没有与 --policy「某政发〔2020〕1号」对应的政策');
    expect(r.stderr).toContain(SEED);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 120_000);
});
