// A return gathering several bodies' progress in one table (汇总表), as an office receives it in Excel: each row counts
// for the body its 责任单位 cell names, not for the office that sent the table (collected-return). Through the real
// importer, a real SQLite file and jieba, against the seed policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from './workspace';

const seed = join(__dirname, '..', '..', 'seeds', 'policy-seed.txt');

function workbook(rows: string[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '汇总');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' });
}

describe('a gathered return counts each row for its own 责任单位', () => {
  let dir: string;
  let ws: ReturnType<typeof openWorkspace>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-collected-'));
    ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => '2021-12-01' });
    expect((await ws.importFiles([seed], 'policy')).failed).toBe(0);
    const gathered = join(dir, '重点任务落实情况汇总表.xlsx');
    writeFileSync(
      gathered,
      workbook([
        ['区政府督查室关于深化“放管服”改革实施意见重点任务落实情况的汇总'],
        ['序号', '任务', '责任单位', '进展情况'],
        ['1', '提升就业服务', '区人力资源和社会保障局', '开展线上线下招聘活动35场，帮助1200名高校毕业生实现就业。'],
        ['5', '加强信用信息归集', '区发展和改革委员会', '归集各类信用信息12万条，全部推送至市信用平台。'],
        ['6', '规范水电气暖行业收费', '区市场监管局', '—'],
        ['区政府督查室'],
        ['2021年11月20日'],
      ]),
    );
    const own = join(dir, '区民政局落实情况.xlsx');
    writeFileSync(
      own,
      workbook([
        ['区民政局关于深化“放管服”改革实施意见落实情况的报告'],
        ['序号', '任务', '责任单位', '落实情况'],
        ['2', '提高职业技能', '区人力资源和社会保障局、区民政局', '我局全年培训养老护理员210名。'],
        ['区民政局'],
        ['2021年11月25日'],
      ]),
    );
    const batch = await ws.importFiles([gathered, own], 'submission');
    expect(batch.results.filter((r) => !r.ok).map((r) => r.error?.message)).toEqual([]);
  }, 180_000);
  afterAll(() => {
    ws?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const status = (measure: number, department: string) => ws.compliance('2021-12-15').obligations.find((o) => o.measure === measure && o.department === department);

  it('each row answers for the body it names, on the table’s date', () => {
    expect(status(1, '区人力资源和社会保障局')).toMatchObject({ status: 'on_time', respondedOn: '2021-11-20' });
    expect(status(1, '区人力资源和社会保障局')!.evidence[0].file).toBe('重点任务落实情况汇总表.xlsx');
    expect(status(5, '区发展和改革委员会')).toMatchObject({ status: 'on_time', respondedOn: '2021-11-20' });
  });

  it('a row whose progress says nothing answers for no one', () => {
    expect(status(6, '区市场监管局')?.respondedOn ?? null).toBeNull();
  });

  it('a row answers for its own body only, not for the measure’s other bodies', () => {
    expect(status(1, '区市场监管局')?.respondedOn ?? null).toBeNull();
    expect(status(5, '区人力资源和社会保障局')?.respondedOn ?? null).toBeNull();
  });

  it('the comparison shows the row beside the measure', () => {
    const view = ws.compare(1, '区人力资源和社会保障局', '2021-12-15')!;
    expect(view.responses.map((r) => r.fileName)).toEqual(['重点任务落实情况汇总表.xlsx']);
    expect(view.responses[0].gatheredBy).toEqual(['区政府督查室']);
    const linked = view.responses[0].paragraphs.filter((p) => view.responses[0].linked.includes(p.index)).map((p) => p.text);
    expect(linked.join('\n')).toContain('帮助1200名高校毕业生实现就业');
    expect(ws.compare(1, '区市场监管局', '2021-12-15')!.responses).toEqual([]);
  });

  it('searching one department’s reports finds its row in the table', () => {
    const hits = ws.search('信用信息', { department: '区发展和改革委员会' });
    expect(hits.some((h) => h.fileName === '重点任务落实情况汇总表.xlsx')).toBe(true);
    expect(ws.search('信用信息', { department: '区民政局' }).some((h) => h.fileName === '重点任务落实情况汇总表.xlsx')).toBe(false);
  });

  it('says how the table was read', () => {
    const doc = ws.listDocuments().find((d) => d.fileName === '重点任务落实情况汇总表.xlsx')!;
    expect(doc.warnings.some((w) => w.startsWith('汇总表：3 行的落实情况按各行的责任单位计'))).toBe(true);
  });

  it('the office naming one of the rows’ bodies as the sender makes the table that body’s own', () => {
    const doc = () => ws.listDocuments().find((d) => d.fileName === '重点任务落实情况汇总表.xlsx')!;
    ws.call('documents/correct', { id: doc().id, departments: ['区人力资源和社会保障局'] });
    expect(status(5, '区发展和改革委员会')?.respondedOn ?? null).toBeNull();
    expect(status(5, '区人力资源和社会保障局')).toMatchObject({ respondedOn: '2021-11-20' });
    expect(doc().warnings.some((w) => w.startsWith('汇总表：'))).toBe(false);
    ws.call('journal/undo', {});
    expect(status(5, '区发展和改革委员会')).toMatchObject({ status: 'on_time', respondedOn: '2021-11-20' });
  });

  it('a department’s own return, naming itself in its rows, answers for it alone', () => {
    expect(status(2, '区民政局')).toMatchObject({ status: 'on_time', respondedOn: '2021-11-25' });
    expect(status(2, '区人力资源和社会保障局')?.respondedOn ?? null).toBeNull();
  });
});

// A real gathered return: 平湖市's account of its 2024 key work after three quarters, published by the city
// government's office, the table's 责任单位 cells naming each row's body (shared/submission/__fixtures__/real-pairs/
// pinghu-2024, its key read by hand: rows 1–6 quote measures 1–6).
describe('a real gathered return: 平湖市 2024 前三季度完成情况', () => {
  const pair = join(__dirname, '..', '..', 'shared', 'submission', '__fixtures__', 'real-pairs', 'pinghu-2024');
  let dir: string;
  let ws: ReturnType<typeof openWorkspace>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-collected-real-'));
    ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => '2026-12-07' });
    expect((await ws.importFiles([join(pair, 'policy.txt')], 'policy')).failed).toBe(0);
    expect((await ws.importFiles([join(pair, 'reports', 'pinghu-key-work-q3-2024.txt')], 'submission')).failed).toBe(0);
  }, 180_000);
  afterAll(() => {
    ws?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('each row answers for the body its 责任单位 cell names, on the day the table was published', () => {
    const policy = ws.getPolicy()!.extract;
    const result = ws.compliance('2024-12-31');
    for (const number of [1, 2, 3, 4, 5, 6]) {
      const [lead] = policy.measures.find((m) => m.number === number)!.lead;
      expect(result.obligations.find((o) => o.measure === number && o.department === lead), `${number} ${lead}`).toMatchObject({ respondedOn: '2024-10-11' });
    }
  });

  it('the office that gathered it is still its sender, and the table says how it was read', () => {
    const doc = ws.listDocuments().find((d) => d.role === 'submission')!;
    expect(doc.departments).toEqual(['市人民政府办公室']);
    expect(doc.warnings.some((w) => w.startsWith('汇总表：'))).toBe(true);
  });
});
