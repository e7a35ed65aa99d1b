import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPolicy } from '../../shared/extract/policy';
import type { ComplianceResult } from '../../shared/types';
import { openWorkspace } from '../services/workspace';
import { importFile } from './index';
import { imported } from './__fixtures__/imported';

// Fixtures from scripts/make-spreadsheet-fixtures.ts: each workbook beside the same content in Word.
const sheets = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'sheets');
const scratch = mkdtempSync(join(tmpdir(), 'luoshi-xlsx-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function paragraphs(path: string): Promise<string[]> {
  return (await imported(path)).paragraphs.map((p) => p.text);
}

async function matrix(ext: 'docx' | 'xlsx'): Promise<ComplianceResult> {
  const ws = openWorkspace(join(scratch, `${ext}.sqlite`), { today: () => '2024-11-01' });
  try {
    const policy = await ws.importFiles([join(sheets, `task-table.${ext}`)], 'policy');
    expect(policy.results.every((r) => r.ok)).toBe(true);
    const reports = await ws.importFiles(['return-market', 'return-housing'].map((f) => join(sheets, `${f}.${ext}`)), 'submission');
    expect(reports.results.every((r) => r.ok)).toBe(true);
    return ws.compliance('2024-11-01');
  } finally {
    ws.close();
  }
}

/** The matrix without file names (they differ by extension). */
function cells(result: ComplianceResult) {
  return result.obligations
    .map((o) => ({ measure: o.measure, department: o.department, role: o.role, due: o.due, status: o.status, respondedOn: o.respondedOn }))
    .sort((a, b) => a.measure - b.measure || a.department.localeCompare(b.department));
}

describe('Excel task tables and returns read as the same content in Word', () => {
  it.each(['task-table', 'return-market', 'return-housing'])('%s: the workbook gives the Word document’s paragraphs', async (name) => {
    expect(await paragraphs(join(sheets, `${name}.xlsx`))).toEqual(await paragraphs(join(sheets, `${name}.docx`)));
  });

  it('a task table in Excel becomes the policy’s measures, across both sheets', async () => {
    const outcome = await importFile(join(sheets, 'task-table.xlsx'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.format).toBe('xlsx');
    const e = extractPolicy({ paragraphs: outcome.doc.paragraphs });
    expect(e.sections.map((s) => s.title)).toEqual(['提升政务服务效能', '优化市场环境']);
    const lead = e.measures.map((m) => m.lead.join('、'));
    expect(lead).toEqual(['市市场监管局', '市住房城乡建设局', '市住房城乡建设局', '市工商联', '市发展改革委']);
    expect(e.measures[0].support).toEqual(['市税务局', '市公安局']);
    expect(e.measures.map((m) => m.deadlines.map((d) => d.date).filter(Boolean))).toEqual([
      ['2024-06-30'],
      ['2024-09-30'],
      ['2024-12-31'],
      ['2024-08-31'],
      ['2024-05-31'],
    ]);
  });

  it('the workbooks give the same matrix as the Word documents, and the returns link row by row', async () => {
    const fromWord = await matrix('docx');
    const fromExcel = await matrix('xlsx');
    expect(cells(fromExcel)).toEqual(cells(fromWord));
    const status = (measureTitle: number, department: string) =>
      fromExcel.obligations.find((o) => o.measure === measureTitle && o.department === department)?.status;
    // 市场监管局 answered its measure 1 (due 6-30) on 6-20; 住建局 answered measure 2 (due 9-30) on 10-12.
    expect(status(1, '市市场监管局')).toBe('on_time');
    expect(status(2, '市住房城乡建设局')).toBe('late');
    // The return's row "4 | 规范涉企收费" names its task by title: after the merged 序号 above it the policy
    // counts that task as measure 5, and the row still reaches it (市场监管局 supports it; due 5-31).
    expect(status(5, '市市场监管局')).toBe('late');
    expect(status(5, '市发展改革委')).toBe('missing');
  });
});

describe('older and plainer spreadsheets', () => {
  const book = () => XLSX.read(readFileSync(join(sheets, 'task-table.xlsx')), { type: 'buffer', cellDates: true });

  it.each(['task-table', 'return-market'])('%s.xls (Excel 97–2003, saved by LibreOffice) gives the Word document’s paragraphs', async (name) => {
    const xls = await imported(join(sheets, `${name}.xls`));
    expect(xls.format).toBe('xls');
    expect(xls.paragraphs.map((p) => p.text)).toEqual(await paragraphs(join(sheets, `${name}.docx`)));
  });

  it('an .xls that is really an .xlsx is read as one, with a warning', async () => {
    const path = join(scratch, '改了扩展名.xls');
    writeFileSync(path, readFileSync(join(sheets, 'task-table.xlsx')));
    const doc = await imported(path);
    expect(doc.format).toBe('xlsx');
    expect(doc.warnings).toContain('文件扩展名是 .xls，但内容是 .xlsx 格式，已按 .xlsx 读取。');
  });

  it('a .csv saved by Chinese Excel (GBK) gives the same measures; its category rows have one filled cell', async () => {
    const wb = book();
    const csv = wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n])).join('\r\n');
    const path = join(scratch, '任务分工.csv');
    writeFileSync(path, iconv.encode(csv, 'gbk'));
    const outcome = await importFile(path);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.format).toBe('csv');
    expect(outcome.doc.warnings.join()).toContain('GB18030');
    const fromXlsx = extractPolicy({ paragraphs: (await imported(join(sheets, 'task-table.xlsx'))).paragraphs });
    const fromCsv = extractPolicy({ paragraphs: outcome.doc.paragraphs });
    expect(fromCsv.measures.map((m) => [m.number, m.lead, m.support])).toEqual(fromXlsx.measures.map((m) => [m.number, m.lead, m.support]));
  });

  it('a sheet whose declared range runs to a million rows reads only its filled cells', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(sheets, 'task-table.xlsx')));
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    expect(xml).toMatch(/<dimension ref="[A-Z0-9:]+"\/>/);
    zip.file(part, xml.replace(/<dimension ref="[A-Z0-9:]+"\/>/, '<dimension ref="A1:XFD1048576"/>'));
    const path = join(scratch, 'stretched.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await paragraphs(path)).toEqual(await paragraphs(join(sheets, 'task-table.xlsx')));
  });

  it('hidden sheets are left out', async () => {
    const wb = book();
    const extra = XLSX.utils.aoa_to_sheet([['序号', '任务', '牵头单位'], ['9', '不应读到的隐藏任务', '市审计局']]);
    XLSX.utils.book_append_sheet(wb, extra, '隐藏');
    wb.Workbook = { Sheets: wb.SheetNames.map((name) => ({ name, Hidden: name === '隐藏' ? 1 : 0 })) };
    const path = join(scratch, 'hidden.xlsx');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    expect((await paragraphs(path)).join('\n')).not.toContain('隐藏任务');
  });
});

/** A zip with one deflated entry, written by hand so the entry can be as large as a test needs. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralAt = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('bad workbooks are refused with the file named', () => {
  it('a zip bomb (a small .xlsx that inflates past 200 MB) stops while inflating', async () => {
    const path = join(scratch, '炸弹.xlsx');
    writeFileSync(path, zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(210 * 1024 * 1024, 0x20)));
    const outcome = await importFile(path);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.code).toBe('too-large');
    expect(outcome.failure.message).toBe('无法导入「炸弹.xlsx」：文件解压后超过 200 MB 的上限，可能已损坏或是恶意构造的压缩包，已停止读取。');
  });

  it.each([
    ['text.xlsx', Buffer.from('序号,任务\n1,不是 Excel')],
    ['truncated.xlsx', () => readFileSync(join(sheets, 'task-table.xlsx')).subarray(0, 3000)],
  ])('%s is a damaged workbook', async (name, content) => {
    const path = join(scratch, name);
    writeFileSync(path, typeof content === 'function' ? content() : content);
    const outcome = await importFile(path);
    expect(outcome.ok ? null : outcome.failure).toMatchObject({ code: 'corrupt-spreadsheet', message: expect.stringContaining(`「${name}」`) });
  });
});
