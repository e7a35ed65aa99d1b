// The CLI as a user runs it: a child process, its stdout, stderr and exit code.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeBadPropertyXls } from './ingest/hostile-files';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const seeds = join(root, 'seeds');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'electron', 'cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function extractJson(file: string) {
  const r = cli('extract', file, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** What must agree between renditions: everything but spacing inside the texts. */
function essentials(p: any) {
  return {
    docNumber: p.docNumber,
    issuer: p.issuer,
    issuedOn: p.issuedOn,
    sections: p.sections,
    measures: p.measures.map((m: any) => ({
      number: m.number, section: m.section, title: m.title, lead: m.lead, support: m.support, joint: m.joint, generic: m.generic,
      deadlines: m.deadlines.map((d: any) => [d.text.replace(/\s/g, ''), d.date, d.kind, d.beforeIssue]),
      targets: m.targets.map((t: any) => [t.value, t.unit, t.comparison]),
    })),
  };
}

describe('cli extract', () => {
  const txt = extractJson(join(seeds, 'policy-seed.txt'));

  it('prints one JSON object of the documented shape', () => {
    expect(Object.keys(txt)).toEqual(expect.arrayContaining(['title', 'docNumber', 'issuer', 'issuedOn', 'sections', 'measures']));
    expect(txt.docNumber).toBe('市中政办发〔2021〕14号');
    expect(txt.issuedOn).toBe('2021-09-06');
    for (const m of txt.measures) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['number', 'section', 'title', 'text', 'lead', 'support', 'joint', 'generic', 'deadlines', 'targets']));
      for (const d of m.deadlines) expect(['by', 'monthly', 'quarterly', 'annual', 'period', 'service-limit', 'ongoing']).toContain(d.kind);
    }
  });

  it('finds what the seed asks of whom', () => {
    const m = (n: number) => txt.measures.find((x: any) => x.number === n);
    expect(txt.sections).toHaveLength(8);
    expect(txt.measures.map((x: any) => x.number)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(m(3).lead).toEqual(['区财政局', '区人力资源和社会保障局']);
    expect([m(4).joint, m(7).joint, m(1).joint]).toEqual([true, true, false]);
    expect(m(12).deadlines.find((d: any) => d.text === '每月4日前')?.kind).toBe('monthly');
    expect(m(23).deadlines.find((d: any) => d.text === '8月底前')).toMatchObject({ date: '2021-08-31', beforeIssue: true });
    expect([...m(29).lead, ...m(29).support]).toEqual([]);
    expect(m(29).generic.length).toBeGreaterThan(0);
    // one name per body: the short spelling in measure 3 folds into the full one
    const named = new Set(txt.measures.flatMap((x: any) => [...x.lead, ...x.support]));
    expect(named.has('区人力资源社会保障局')).toBe(false);
    expect(named.has('区人力资源和社会保障局')).toBe(true);
  });

  it.each(['docx', 'pdf'])('reads the .%s rendition of the seed the same way', (ext) => {
    expect(essentials(extractJson(join(seeds, `policy-seed.${ext}`)))).toEqual(essentials(txt));
  });

  it('prints a readable ledger without --json', () => {
    const r = cli('extract', join(seeds, 'policy-seed.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('共 8 个部分、29 项任务措施');
    expect(r.stdout).toContain('早于成文日期');
  });

  it('names the file and the reason on stderr, with a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-'));
    const empty = join(dir, '空文件.docx');
    writeFileSync(empty, '');
    const r = cli('extract', empty, '--json');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('空文件.docx');
    expect(cli('frobnicate').code).not.toBe(0);
  });

  it('reads the file under the import\'s limits: a workbook that would exhaust memory ends with its message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-'));
    const workbook = join(dir, '坏属性.xls');
    writeBadPropertyXls(workbook, readFileSync(join(root, 'electron', 'import', '__fixtures__', 'sheets', 'return-market.xls')));
    const r = cli('extract', workbook);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/无法导入「坏属性\.xls」：读取该文件所需内存超过了 \d+ MB 的上限/);
  }, 120_000);
});

describe('cli check, report and notices', () => {
  it('prints the compliance object with per-file errors, and the rest still counts', () => {
    const r = cli('check', join(seeds, 'policy-seed.txt'), join(seeds, 'submissions'), '--as-of', '2022-01-31', '--import-date', '2022-03-01', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['policy', 'asOf', 'reportDeadline', 'submissions', 'obligations', 'errors']));
    expect(out.asOf).toBe('2022-01-31');
    expect(out.reportDeadline).toBe('2021-12-31');
    expect(out.submissions).toHaveLength(readdirSync(join(seeds, 'submissions')).length);
    for (const s of out.submissions) expect(['signature', 'header', 'import']).toContain(s.dateSource);
    const statuses = new Set(out.obligations.map((o: any) => o.status));
    expect(statuses).toEqual(new Set(['on_time', 'late', 'missing']));
    for (const o of out.obligations.filter((x: any) => x.status === 'on_time' || x.status === 'late')) {
      expect(o.evidence.length).toBeGreaterThan(0);
      expect(o.respondedOn <= '2022-01-31').toBe(true);
    }
    expect(out.errors).toEqual([]);
  });

  it('writes the Excel workbook with --xlsx: the matrix and the list agree with the printed result', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'luoshi-cli-xlsx-')), '落实情况.xlsx');
    const r = cli('check', join(seeds, 'policy-seed.txt'), join(seeds, 'submissions'), '--as-of', '2022-01-31', '--import-date', '2022-03-01', '--json', '--xlsx', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(out);
    const result = JSON.parse(r.stdout);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['落实矩阵', '缺报逾期清单', '政策台账']);
    const bodyRows = (name: string) => {
      const ws = book.getWorksheet(name)!;
      return [...Array(ws.rowCount).keys()].map((k) => ws.getRow(k + 1)).filter((row) => row.number > 2 && typeof row.getCell(2).value === 'number');
    };
    const departments = new Set(result.obligations.map((o: any) => o.department));
    expect(book.getWorksheet('落实矩阵')!.rowCount).toBeGreaterThanOrEqual(departments.size + 2);
    const outstanding = result.obligations.filter((o: any) => o.status === 'missing' || o.status === 'late');
    expect(bodyRows('缺报逾期清单')).toHaveLength(outstanding.length);
    expect(bodyRows('政策台账')).toHaveLength(result.policy.measures.length);
  });

  it('changes the due date of undated measures with --report-deadline', () => {
    const r = cli('check', join(seeds, 'policy-seed.txt'), join(seeds, 'submissions'), '--as-of', '2021-11-15', '--report-deadline', '2021-10-31', '--json');
    const out = JSON.parse(r.stdout);
    expect(out.reportDeadline).toBe('2021-10-31');
    const m4 = out.obligations.filter((o: any) => o.measure === 4);
    expect(m4.every((o: any) => o.due === '2021-10-31')).toBe(true);
  });

  it('refuses a malformed date', () => {
    const r = cli('check', join(seeds, 'policy-seed.txt'), join(seeds, 'submissions'), '--as-of', '2022/01/31');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--as-of');
  });

  it('writes the report and one notice per department with something outstanding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-out-'));
    const report = cli('report', join(seeds, 'policy-seed.txt'), join(seeds, 'submissions'), '--as-of', '2022-01-31', '--out', join(dir, '督查报告.docx'));
    expect(report.code).toBe(0);
    expect(existsSync(join(dir, '督查报告.docx'))).toBe(true);
    const notices = cli('notices', join(seeds, 'policy-seed.txt'), join(seeds, 'submissions'), '--as-of', '2022-01-31', '--reply-by', '2022-02-15', '--out', join(dir, 'notices'));
    expect(notices.code).toBe(0);
    const files = readdirSync(join(dir, 'notices'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.every((f) => f.startsWith('催办通知-') && f.endsWith('.docx'))).toBe(true);
    // --out naming a .docx file: every notice in that one file, not a folder of that name
    const single = cli('notices', join(seeds, 'policy-seed.txt'), join(seeds, 'submissions'), '--as-of', '2022-01-31', '--reply-by', '2022-02-15', '--out', join(dir, '催办通知.docx'));
    expect(single.code).toBe(0);
    expect(statSync(join(dir, '催办通知.docx')).isFile()).toBe(true);
    expect(single.stdout).toContain('已导出催办通知 1 份');
  });
});

describe('cli with hostile folders', () => {
  /** The seed's reports, plus a link out of the folder, a link loop and a dangling link. */
  function hostileFolder(): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'luoshi-cli-links-')), 'reports');
    mkdirSync(dir);
    for (const f of readdirSync(join(seeds, 'submissions'))) copyFileSync(join(seeds, 'submissions', f), join(dir, f));
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    symlinkSync(dir, join(dir, 'again'));
    return dir;
  }

  it('skips links out of the folder and link loops, names them, and checks the rest', () => {
    const dir = hostileFolder();
    const r = cli('check', join(seeds, 'policy-seed.txt'), dir, '--as-of', '2022-01-31', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(r.stdout);
    expect(out.submissions).toHaveLength(readdirSync(join(seeds, 'submissions')).length);
    expect(out.submissions.some((s: any) => s.file.includes('passwd'))).toBe(false);
    expect(out.errors.map((e: any) => e.file).sort()).toEqual(['loop-a.txt', 'loop-b.txt', 'passwd.txt']);
    expect(out.errors.find((e: any) => e.file === 'passwd.txt').message).toContain('所选文件夹以外的链接');
  });

  it('says so without a stack trace when the folder is missing', () => {
    const r = cli('check', join(seeds, 'policy-seed.txt'), join(tmpdir(), 'no-such-folder-here'), '--as-of', '2022-01-31');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('no-such-folder-here');
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });
});
