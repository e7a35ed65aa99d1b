import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { seedPolicy, seedResult } from '../../shared/export/__fixtures__/seed-like';
import { convertToPdf, sofficeCommand } from './__fixtures__/soffice';
import { buildComplianceWorkbook, pagesWide, STATUS_FILL, wrappedRowHeight } from './xlsx';

const scratch = mkdtempSync(join(tmpdir(), 'luoshi-xlsx-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function readBack(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  const bytes = await buildComplianceWorkbook(seedPolicy, seedResult);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

const texts = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : v));

/** The seed's policy with `count` measures (the seed's first, numbered on), each department owing every one. */
function widePolicy(count: number): { policy: typeof seedPolicy; result: typeof seedResult } {
  const first = seedPolicy.measures[0];
  const measures = Array.from({ length: count }, (_, k) => ({ ...first, number: k + 1, label: `${k + 1}.`, title: `第${k + 1}项任务` }));
  const departments = ['区发展和改革局', '区财政局', '区人力资源和社会保障局'];
  const obligations = measures.flatMap((m) => departments.map((department) => ({ ...seedResult.obligations[0], measure: m.number, department })));
  return { policy: { ...seedPolicy, measures }, result: { ...seedResult, obligations } };
}

describe('how many pages wide a sheet prints', () => {
  it('a sheet that fits a landscape page prints one page wide', () => {
    expect(pagesWide([22, ...Array(6).fill(14), 8, 8, 8, 8], 1)).toBe(1);
    expect(pagesWide([20, 6, 40, 22, 26, 16, 18, 24], 3)).toBe(1);
  });

  it('a matrix of many measures prints across several pages, the departments column taking its room on each', () => {
    const widths = (n: number) => [22, ...Array(n).fill(14), 8, 8, 8, 8];
    // 40 measures: 22 + 560 + 32 units; each page holds the departments and 173 units more
    expect(pagesWide(widths(40), 1)).toBe(4);
    expect(pagesWide(widths(12), 1)).toBe(2);
    // more measures never print on fewer pages
    for (let n = 1; n < 80; n++) expect(pagesWide(widths(n + 1), 1)).toBeGreaterThanOrEqual(pagesWide(widths(n), 1));
  });
});

describe('the workbook, read back', () => {
  it('has the matrix, the missing-and-late list and the ledger as sheets', async () => {
    expect((await readBack()).worksheets.map((w) => w.name)).toEqual(['落实矩阵', '缺报逾期清单', '政策台账']);
  });

  it('every sheet freezes its header, filters on it, repeats it on printed pages, and prints A4 landscape', async () => {
    for (const ws of (await readBack()).worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '2:2' });
    }
  });

  it('the header row is tall enough for the longest heading wrapped in its column', async () => {
    const { policy, result } = widePolicy(3);
    policy.measures[1] = { ...policy.measures[1], title: '将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容纳入考核' };
    const bytes = await buildComplianceWorkbook(policy, result);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const short = (await readBack()).getWorksheet('落实矩阵')!.getRow(2).height;
    expect(book.getWorksheet('落实矩阵')!.getRow(2).height).toBeGreaterThan(short);
  });

  it('the matrix gives each cell its status in words and in colour, and totals per department', async () => {
    const ws = (await readBack()).getWorksheet('落实矩阵')!;
    expect(ws.getCell('A1').value).toBe('关于服务“六稳”“六保”进一步深化 “放管服”改革的实施意见落实情况（截至2022年1月31日）');
    expect(texts(ws.getRow(2))).toEqual([
      '部门',
      '1. 提升就业服务。',
      '2. 提高职业技能。',
      '12. 加快推进“标准地”改革。',
      '27. 规范执法行为。',
      '28. 完善改革评价机制。',
      '29. 加强组织实施。',
      '未报送',
      '逾期报送',
      '按时报送',
      '未到期',
    ]);
    // 人社局 has two duties, so it comes first: measure 1 on time, measure 2 late
    const hrss = ws.getRow(3);
    expect(texts(hrss)).toEqual(['区人力资源和社会保障局', '按时报送（牵头）', '逾期报送（牵头）', '', '', '', '', 0, 1, 1, 0]);
    const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill(hrss.getCell(2))).toBe(STATUS_FILL.on_time);
    expect(fill(hrss.getCell(3))).toBe(STATUS_FILL.late);
    expect(fill(hrss.getCell(4))).toBeUndefined();
    const market = [...Array(ws.rowCount).keys()].map((k) => ws.getRow(k + 1)).find((r) => r.getCell(1).value === '区市场监管局')!;
    expect(market.getCell(2).value).toBe('未报送（配合）');
    expect(fill(market.getCell(2))).toBe(STATUS_FILL.missing);
  });

  it('the list gives each missing or late duty with its days overdue', async () => {
    const ws = (await readBack()).getWorksheet('缺报逾期清单')!;
    expect(texts(ws.getRow(2))).toEqual(['部门', '措施序号', '措施', '职责', '截止日期', '状态', '报送日期', '逾期天数', '督查室决定']);
    const rows = [...Array(ws.rowCount - 2).keys()].map((k) => texts(ws.getRow(k + 3))).filter((r) => typeof r[1] === 'number');
    const byKey = new Map(rows.map((r) => [`${r[0]}|${r[1]}`, r]));
    // reported 2022-01-10 against 2021-12-31: 10 days late
    expect(byKey.get('区人力资源和社会保障局|2')).toEqual(['区人力资源和社会保障局', 2, '提高职业技能。', '牵头', '2021年12月31日', '逾期报送', '2022年1月10日', 10, '']);
    // never reported, due 2021-11-30, as of 2022-01-31: 62 days
    expect(byKey.get('区市场监管局|1')?.slice(5)).toEqual(['未报送', '', 62, '']);
    expect(rows).toHaveLength(seedResult.obligations.filter((o) => o.status === 'missing' || o.status === 'late').length);
    expect(rows.some((r) => r[5] === '按时报送' || r[5] === '未到期')).toBe(false);
  });

  it('a row whose wrapped cell runs over lines is as tall as its lines; a row that fits keeps the default height', async () => {
    const wrap = new Set([0, 2]);
    expect(wrappedRowHeight(['区财政局', 1, '短'], [22, 9, 40], wrap)).toBeUndefined();
    const two = wrappedRowHeight(['区财政局', 1, '将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容纳入考核'], [22, 9, 40], wrap)!;
    const three = wrappedRowHeight(['区财政局', 1, '第一行\n第二行\n第三行'], [22, 9, 40], wrap)!;
    expect(two).toBeGreaterThan(0);
    expect(three).toBeGreaterThan(two);
    // a long text in a column that does not wrap sets no height
    expect(wrappedRowHeight(['区财政局', '将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容纳入考核'], [22, 9], wrap)).toBeUndefined();

    // In the list, a duty due on the default deadline says so in its 截止日期 cell, over two lines of that column.
    const { policy, result } = widePolicy(2);
    result.obligations = result.obligations.map((o) => ({ ...o, status: 'missing', respondedOn: null, due: '2023-12-31', dueSource: 'report-deadline' }));
    const bytes = await buildComplianceWorkbook(policy, result);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const list = book.getWorksheet('缺报逾期清单')!;
    const row = list.getRow(3);
    expect(String(row.getCell(5).value)).toContain('默认报送截止日期');
    expect(row.height).toBeGreaterThanOrEqual(2 * 13);
  });

  it('the ledger lists every measure with its units and deadlines', async () => {
    const ws = (await readBack()).getWorksheet('政策台账')!;
    expect(texts(ws.getRow(2))).toEqual(['章节', '序号', '措施', '牵头单位', '配合单位', '其他责任主体', '完成时限', '量化指标']);
    expect(texts(ws.getRow(4))).toEqual(['一、优化就业创业环境', 2, '提高职业技能。', '区人力资源和社会保障局', '区民政局、区财政局', '', '年内；12月底前', '']);
    expect(ws.getRow(3 + seedPolicy.measures.length - 1).getCell(6).value).toBe('各级各部门');
  });
});

const soffice = sofficeCommand();
// Calc is a package of its own beside Writer (Debian: libreoffice-calc-nogui).
const calc = ['/usr/lib/libreoffice/program/libsclo.so', '/usr/lib64/libreoffice/program/libsclo.so', '/opt/libreoffice/program/libsclo.so'].some((f) => existsSync(f));
const pdftools = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0 && spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0;

// LibreOffice renders the workbook as a reader would print it. Skipped where LibreOffice Calc or poppler's
// pdftotext/pdftoppm are not installed (the CI script installs them).
const missing = [!soffice && 'LibreOffice (soffice)', soffice && !calc && 'LibreOffice Calc', !pdftools && 'poppler-utils (pdftotext, pdftoppm)'].filter(Boolean);
const inLibreOffice = missing.length ? `the workbook in LibreOffice — skipped: ${missing.join(', ')} not installed` : 'the workbook in LibreOffice';
describe.skipIf(missing.length > 0)(inLibreOffice, () => {
  /** Writes the workbook of `result` and has LibreOffice print it to PDF. */
  async function renderPdf(name: string, result: typeof seedResult): Promise<string> {
    const file = join(scratch, `${name}.xlsx`);
    writeFileSync(file, await buildComplianceWorkbook(seedPolicy, result));
    const [pdf] = convertToPdf(soffice!, [file], scratch);
    if (!pdf) throw new Error(`LibreOffice did not convert ${name}.xlsx`);
    return pdf;
  }

  it('renders to PDF with the header on the pages and the status colours filled', async () => {
    const pdf = await renderPdf('落实情况', seedResult);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
    for (const words of ['部门', '未报送（配合）', '逾期天数', '政策台账', '区人力资源和社会保障局']) expect(text).toContain(words);
    // the first page as pixels: the matrix's missing, late and on-time fills are there
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(scratch, 'page')]);
    const png = readFileSync(join(scratch, 'page-1.png'));
    const colours = await pngColours(png);
    for (const status of ['missing', 'late', 'on_time'] as const) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(STATUS_FILL[status].slice(2).slice(i - 1, i + 1), 16));
      expect(colours.has(`${r},${g},${b}`), status).toBe(true);
    }
  }, 200_000);

  it('prints a wide matrix across several pages, with the departments on each of them', async () => {
    const { policy, result } = widePolicy(40);
    const file = join(scratch, '宽矩阵.xlsx');
    const bytes = await buildComplianceWorkbook(policy, result);
    writeFileSync(file, bytes);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(book.getWorksheet('落实矩阵')!.pageSetup).toMatchObject({ fitToWidth: 4, printTitlesColumn: 'A:A' });
    const [pdf] = convertToPdf(soffice!, [file], scratch);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8').split('\f');
    const matrixPages = pages.filter((p) => p.includes('项任务'));
    expect(matrixPages.length).toBeGreaterThanOrEqual(4);
    for (const page of matrixPages) expect(page).toContain('区人力资源和社会保障局');
    // the title stands over the first page, not over the middle of the sheet
    expect(matrixPages[0].replace(/\s/g, '')).toContain('落实情况（截至2022年1月31日）');
    // the last measure's heading is printed whole, not shrunk out of reach
    expect(pages.join('\n')).toContain('第40项任务');
  }, 200_000);

  it('repeats the header row on every printed page of a long list', async () => {
    const many = {
      ...seedResult,
      obligations: Array.from({ length: 120 }, (_, k) => ({ ...seedResult.obligations[1], department: `第${k + 1}街道办事处` })),
    };
    const pages = execFileSync('pdftotext', ['-layout', await renderPdf('长清单', many), '-']).toString('utf8').split('\f').filter((p) => p.trim());
    const listPages = pages.filter((p) => p.includes('缺报逾期清单'));
    expect(listPages.length).toBeGreaterThan(1);
    for (const page of listPages) expect(page).toContain('逾期天数');
  }, 200_000);
});

/** The distinct colours of an 8-bit RGB(A) PNG, read with zlib (no image library needed). */
async function pngColours(png: Buffer): Promise<Set<string>> {
  const { inflateSync } = await import('node:zlib');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const type = png[25];
  const channels = type === 6 ? 4 : type === 2 ? 3 : 0;
  if (!channels || png[24] !== 8) throw new Error(`unexpected PNG type ${type}`);
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(parts));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? out[y * stride + x - channels] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const ul = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const p = left + up - ul;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - ul) ? left : Math.abs(p - up) <= Math.abs(p - ul) ? up : ul;
      const predicted = [0, left, up, (left + up) >> 1, paeth][filter] ?? 0;
      out[y * stride + x] = (v + predicted) & 0xff;
    }
  }
  const colours = new Set<string>();
  for (let i = 0; i < out.length; i += channels) colours.add(`${out[i]},${out[i + 1]},${out[i + 2]}`);
  return colours;
}
