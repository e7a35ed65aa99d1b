// check, report and notices on an existing workspace (--workspace): scripted runs see the office's decisions.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { openWorkspace } from './services/workspace';

const root = join(__dirname, '..');
const seeds = join(root, 'seeds');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'electron', 'cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli --workspace', () => {
  it('check, report and notices show the decisions recorded in the workspace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-ws-'));
    const file = join(dir, 'w.sqlite');
    const ws = openWorkspace(file, { today: () => '2021-10-01' });
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    await ws.importFiles([join(seeds, 'submissions', '司法局落实情况报告1018.pdf')], 'submission');
    ws.call('decisions/record', { measure: 27, department: '区司法局', kind: 'extended', date: '2021-09-20', newDue: '2021-10-31', note: '系统改造', approver: '李局长' });
    ws.call('decisions/record', { measure: 24, department: '区司法局', kind: 'closed', date: '2021-12-20', note: null });
    ws.close();

    const check = cli('check', '--workspace', file, '--as-of', '2022-01-31', '--json');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const out = JSON.parse(check.stdout);
    const m27 = out.obligations.find((o: any) => o.measure === 27 && o.department === '区司法局');
    expect(m27).toMatchObject({ status: 'on_time', reported: '按时报送', due: '2021-10-31', originalDue: '2021-09-30', decision: { kind: 'extended', label: '延期至2021年10月31日' } });
    expect(out.obligations.find((o: any) => o.measure === 24 && o.department === '区司法局').decision.label).toBe('办结');
    expect(out.obligations.find((o: any) => o.measure === 1).decision).toBeNull();

    const docx = join(dir, 'report.docx');
    expect(cli('report', '--workspace', file, '--as-of', '2022-01-31', '--out', docx, '--date', '2022-02-01').code).toBe(0);
    const text = (await mammoth.extractRawText({ path: docx })).value;
    expect(text).toContain('决定：延期至2021年10月31日');

    const notices = cli('notices', '--workspace', file, '--as-of', '2022-01-31', '--reply-by', '2022-02-10', '--out', join(dir, 'notices'));
    expect(notices.code).toBe(0);
  });

  it('names a missing workspace file and changes nothing', () => {
    const missing = join(tmpdir(), 'luoshi-no-such-workspace', 'w.sqlite');
    const r = cli('check', '--workspace', missing, '--as-of', '2022-01-31');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`找不到工作区文件「${missing}」`);
  });

  it('creates the workspace named when the run brings its policy; the next run adds another policy to it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'luoshi-cli-new-')), 'w.sqlite');
    const first = cli('check', join(seeds, 'policy-seed.txt'), join(seeds, 'sample-2', 'submissions'), '--workspace', file, '--as-of', '2022-01-31', '--json');
    expect(first.code).toBe(0);
    const second = cli('check', join(seeds, 'sample-3', 'policy.txt'), join(seeds, 'sample-3', 'submissions'), '--workspace', file, '--as-of', '2024-12-31', '--json');
    expect(second.code).toBe(0);
    const ws = openWorkspace(file);
    expect(ws.info().policies.map((p) => p.docNumber)).toEqual(['市中政办发〔2021〕14号', '江政发〔2024〕3号']);
    ws.close();
  });
});
