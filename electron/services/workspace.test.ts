// The workspace service on a real SQLite file with the real importers and jieba.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const fixtures = join(__dirname, '..', 'import', '__fixtures__');
const submissions = join(seeds, 'submissions');
const report = (name: string) => join(submissions, name);

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-ws-'));
  file = join(dir, 'nested', 'workspace.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function snapshot(ws: ReturnType<typeof openWorkspace>) {
  return {
    documents: ws.listDocuments().map((d) => `${d.role}:${d.fileName}:${d.departments.join(',')}:${d.measures.join(',')}`),
    matrix: ws.compliance('2022-01-31').obligations.map((o) => `${o.measure}/${o.department}/${o.status}`),
    policy: JSON.stringify(ws.getPolicy()?.extract),
  };
}

describe('workspace', () => {
  it('stores the policy extraction and reads it back unchanged after reopening', async () => {
    const ws = openWorkspace(file);
    const r = await ws.importFiles([join(seeds, 'policy-seed.txt')], 'auto');
    expect(r.results[0]).toMatchObject({ ok: true, role: 'policy' });
    const before = ws.getPolicy()!.extract;
    expect(before.measures).toHaveLength(29);
    ws.close();
    const again = openWorkspace(file);
    const after = again.getPolicy()!.extract;
    expect(after.measures.map((m) => [m.number, m.title, m.lead, m.support, m.joint, m.generic, m.deadlines.map((d) => [d.text, d.date, d.kind, d.beforeIssue])]))
      .toEqual(before.measures.map((m) => [m.number, m.title, m.lead, m.support, m.joint, m.generic, m.deadlines.map((d) => [d.text, d.date, d.kind, d.beforeIssue])]));
    expect(after.issuedOn).toBe('2021-09-06');
    again.close();
  });

  it('tells the policy from reports when the user does not say which is which', async () => {
    const ws = openWorkspace(file);
    const r = await ws.importFiles([report('财政局-落实情况.txt'), join(seeds, 'policy-seed.docx'), report('报告0927.pdf')], 'auto');
    expect(r.results.map((x) => x.role)).toEqual(['submission', 'policy', 'submission']);
    // the report imported in the same batch is read against the policy
    expect(ws.listDocuments().find((d) => d.fileName === '财政局-落实情况.txt')!.departments).toEqual(['区财政局']);
    ws.close();
  });

  it('re-importing the same content changes nothing', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    await ws.importFiles([report('财政局-落实情况.txt')], 'submission');
    const before = snapshot(ws);
    const copy = join(dir, '改名后的副本.txt');
    copyFileSync(report('财政局-落实情况.txt'), copy);
    const r = await ws.importFiles([copy, join(seeds, 'policy-seed.txt')], 'auto');
    expect(r.results.every((x) => x.ok && x.duplicate)).toBe(true);
    expect(snapshot(ws)).toEqual(before);
    ws.close();
  });

  it('imports the good files of a batch, names each bad one with its reason, and keeps what was there', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    await ws.importFiles([report('财政局-落实情况.txt')], 'submission');
    const before = snapshot(ws);
    const sizeBefore = statSync(file).size;
    const bad = ['truncated.docx', 'not-a-zip.docx', 'no-body.docx', 'encrypted.pdf', 'empty.txt', 'sheet.xls', 'garbage.pdf'].map((f) => join(fixtures, f));
    const r = await ws.importFiles([...bad.slice(0, 3), report('报告0927.pdf'), ...bad.slice(3), join(dir, 'missing.docx')], 'submission');
    expect(r.imported).toBe(1);
    expect(r.failed).toBe(bad.length + 1);
    for (const x of r.results.filter((y) => !y.ok)) {
      expect(x.error!.message).toContain(`「${x.file}」`);
      expect(x.error!.message.length).toBeGreaterThan(x.file.length + 8);
    }
    const after = snapshot(ws);
    expect(after.documents).toEqual([...before.documents, expect.stringContaining('submission:报告0927.pdf')]);
    expect(statSync(file).size).toBeGreaterThanOrEqual(sizeBefore);
    ws.close();
  });

  it('adds a second policy beside the first, each with its own ledger', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    const other = join(dir, '另一份政策.txt');
    writeFileSync(other, '关于加强某项工作的实施意见\n\n1. 第一项。（区财政局牵头）\n\n2. 第二项。（区民政局牵头）\n\n3. 第三项。（区司法局牵头）\n');
    const r = await ws.importFiles([other], 'policy');
    expect(r.results[0].ok).toBe(true);
    const policies = ws.info().policies;
    expect(policies).toHaveLength(2);
    expect(ws.getPolicy()!.extract.measures).toHaveLength(29);
    expect(ws.call('policy/get', { policy: policies[1].id })!.extract.measures.map((m) => m.lead)).toEqual([['区财政局'], ['区民政局'], ['区司法局']]);
    expect(() => ws.call('policy/get', { policy: 99999 })).toThrow(/99999/);
    ws.close();
  });

  it('reads reports imported before the policy once the policy arrives', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([report('财政局-落实情况.txt')], 'submission');
    expect(ws.compliance('2022-01-31').obligations).toEqual([]);
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    const finance = ws.compliance('2022-01-31').obligations.filter((o) => o.department === '区财政局' && o.status === 'on_time');
    expect(finance.length).toBeGreaterThan(0);
    ws.close();
  });

  it('finds two-character words in Chinese text, filtered by role and department', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt'), report('关于放管服改革落实情况的报告（民政）.docx'), report('财政局-落实情况.txt')], 'auto');
    const hits = ws.search('养老');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.snippet.includes('\u0001养老'))).toBe(true);
    expect(new Set(hits.map((h) => h.role))).toEqual(new Set(['policy', 'submission']));
    expect(ws.search('养老', { role: 'submission' }).every((h) => h.role === 'submission')).toBe(true);
    expect(ws.search('养老', { department: '区民政局' }).every((h) => h.fileName.includes('民政'))).toBe(true);
    expect(ws.search('信用 信息').length).toBeGreaterThan(0);
    expect(ws.search('区块链元宇宙')).toEqual([]);
    expect(() => ws.search('"放管服" OR NEAR(')).not.toThrow();
    ws.close();
  });

  it('merging and splitting department names changes the matrix, and survives reopening', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt'), report('财政局-落实情况.txt')], 'auto');
    const rows = () => ws.compliance('2022-01-31').obligations;
    expect(rows().some((o) => o.department === '区税务局')).toBe(true);
    ws.mergeDepartments(['区税务局'], '区财政局');
    expect(rows().some((o) => o.department === '区税务局')).toBe(false);
    expect(ws.departments().find((d) => d.canonical === '区财政局')!.aliases).toContain('区税务局');
    ws.close();
    const again = openWorkspace(file);
    expect(again.compliance('2022-01-31').obligations.some((o) => o.department === '区税务局')).toBe(false);
    again.splitAlias('区税务局');
    expect(again.compliance('2022-01-31').obligations.some((o) => o.department === '区税务局')).toBe(true);
    again.close();
  });

  it('marking a name generic removes its obligations', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    expect(ws.compliance('2022-01-31').obligations.some((o) => o.department === '市中供电中心')).toBe(true);
    ws.setGeneric('市中供电中心', true);
    expect(ws.compliance('2022-01-31').obligations.some((o) => o.department === '市中供电中心')).toBe(false);
    expect(ws.departments().find((d) => d.canonical === '市中供电中心')!.generic).toBe(true);
    ws.close();
  });

  it('uses the reporting deadline setting for measures without a dated deadline', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    const m4 = () => ws.compliance('2021-12-15').obligations.filter((o) => o.measure === 4);
    expect(m4().every((o) => o.due === '2021-12-31' && o.status === 'pending')).toBe(true);
    expect(ws.info().defaultReportDeadline).toBe('2021-12-31');
    ws.setSettings({ reportDeadline: '2021-11-30' });
    expect(m4().every((o) => o.due === '2021-11-30' && o.status === 'missing')).toBe(true);
    ws.close();
  });

  it('removing a report takes its evidence out of the matrix', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt'), report('财政局-落实情况.txt')], 'auto');
    const id = ws.listDocuments().find((d) => d.role === 'submission')!.id;
    ws.removeDocument(id);
    expect(ws.compliance('2022-01-31').obligations.filter((o) => o.status === 'on_time' || o.status === 'late')).toEqual([]);
    expect(ws.search('财政').every((h) => h.role === 'policy')).toBe(true);
    ws.close();
  });

  it('puts a measure and the department response side by side', async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt'), report('关于放管服改革落实情况的报告（民政）.docx')], 'auto');
    const view = ws.compare(21, '区民政局', '2022-01-31')!;
    expect(view.measure.number).toBe(21);
    expect(view.responses).toHaveLength(1);
    expect(view.responses[0].linked.length).toBeGreaterThan(0);
    expect(view.sharedTerms).toContain('养老机构');
    expect(view.siblings).toContain(21);
    ws.close();
  });

  it("folds a report's old department name the policy's way, also in a workspace made before aliases were stored", async () => {
    const ws = openWorkspace(file);
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    ws.close();
    // The workspace as version 10 of the schema left it: no aliases column.
    const raw = new Database(file);
    raw.exec('ALTER TABLE policy_meta DROP COLUMN aliases');
    raw.exec('DROP TABLE journal; DROP TABLE measure_corrections; DROP TABLE policy_corrections; DROP TABLE report_corrections; DROP TABLE decisions');
    raw.exec('DROP TABLE policy_history; DROP TABLE report_readings');
    raw.exec('ALTER TABLE documents DROP COLUMN ocr');
    raw.exec('ALTER TABLE measures DROP COLUMN middle_heading');
    raw.pragma('user_version = 10');
    raw.close();

    const again = openWorkspace(file);
    expect(again.getPolicy()!.extract.aliases).toContainEqual({ alias: '区商务局', canonical: '区商务和投资促进局' });
    const reportFile = join(dir, '商务局报告.txt');
    writeFileSync(reportFile, '区商务局关于第18条落实情况的报告\n\n区政府办公室：\n\n关于第18条放宽二手车经营条件，我局已推进二手车交易登记跨省通办。\n\n区商务局\n2021年10月20日\n');
    await again.importFiles([reportFile], 'submission');
    expect(again.listDocuments().find((d) => d.fileName === '商务局报告.txt')!.departments).toEqual(['区商务和投资促进局']);
    expect(again.departments().find((d) => d.canonical === '区商务和投资促进局')!.aliases).toContain('区商务局');
    again.close();
  });
});
