import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import { extractDocx } from './docx';
import { importFile } from './index';
import { extractPdf } from './pdf';
import { layoutPdf, type PdfTextItem } from './pdf-layout';

const fixture = (name: string) => join(__dirname, '__fixtures__', name);
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('tables in LibreOffice PDFs read as the Word rows they were made from', () => {
  it.each(['division-table', 'report-table'])('%s', async (name) => {
    const pdf = await extractPdf(readFileSync(fixture(`${name}.pdf`)));
    const docx = await extractDocx(readFileSync(fixture(`${name}.docx`)));
    const rows = (blocks: typeof pdf.blocks) => blocks.filter((b) => b.standalone).map((b) => squeeze(b.text));
    expect(rows(docx.blocks).length).toBeGreaterThanOrEqual(4);
    expect(rows(pdf.blocks)).toEqual(rows(docx.blocks));
    // Each row block covers its lines of the document text.
    for (const row of pdf.blocks.filter((b) => b.standalone)) {
      const covered = squeeze(pdf.text.slice(row.start, row.end));
      for (const cell of row.text.split(' | ')) for (const ch of squeeze(cell)) expect(covered).toContain(ch);
    }
  });

  it.each(['division-table', 'report-table'])('%s: the prose around the table reads as in the .docx', async (name) => {
    const [pdf, docx] = await Promise.all([importFile(fixture(`${name}.pdf`)), importFile(fixture(`${name}.docx`))]);
    if (!pdf.ok || !docx.ok) throw new Error('import failed');
    const prose = (ps: { text: string }[]) => ps.map((p) => squeeze(p.text)).filter((t) => !t.includes('|'));
    expect(prose(pdf.doc.paragraphs).length).toBeGreaterThanOrEqual(3);
    expect(prose(pdf.doc.paragraphs)).toEqual(prose(docx.doc.paragraphs));
  });
});

const SIZE = 12;
const PITCH = 17.2;
const run = (str: string, x: number, y: number, size = SIZE): PdfTextItem => ({ str, x, y, width: [...str].length * size, size });

/** Body text at 16 pt: a paragraph of two lines, the first indented. */
function prose(top: number): PdfTextItem[] {
  return [
    run('根据实施意见要求，我局对照任务分工逐项推进，现将落实', 112, top, 16),
    run('情况报告如下。', 80, top - 28, 16),
  ];
}

/** A 序号 | 任务 | 落实情况 table; each row's cells as lines, set on a grid of PITCH with `between` added between rows. */
function table(rows: string[][][], top: number, between: number, centreFirst = false): { items: PdfTextItem[]; bottom: number } {
  const xs = [80, 130, 250];
  const items: PdfTextItem[] = [];
  let y = top;
  for (const cells of rows) {
    const height = Math.max(...cells.map((c) => c.length));
    cells.forEach((lines, c) => {
      const offset = centreFirst && c === 0 ? ((height - lines.length) * PITCH) / 2 : 0;
      lines.forEach((line, k) => items.push(run(line, xs[c], y - offset - k * PITCH)));
    });
    y -= height * PITCH + between;
  }
  return { items, bottom: y };
}

const ROWS = [
  [['序号'], ['任务'], ['落实情况']],
  [['1'], ['提升就业服务'], ['已全面清理相关联的政策', '限制，共清理文件3件。']],
  [['2'], ['提高职业技能', '培训质量'], ['年内培训企业新型学徒', '1050名，补贴资金', '42.6万元。']],
  [['3'], ['优化社保服务'], ['已实现12项业务网上办。']],
];
const EXPECTED = [
  '序号 | 任务 | 落实情况',
  '1 | 提升就业服务 | 已全面清理相关联的政策限制，共清理文件3件。',
  '2 | 提高职业技能培训质量 | 年内培训企业新型学徒1050名，补贴资金42.6万元。',
  '3 | 优化社保服务 | 已实现12项业务网上办。',
];

const rowsOf = (items: PdfTextItem[]) =>
  layoutPdf([{ number: 1, items }])
    .blocks.filter((b) => b.standalone)
    .map((b) => b.text);

describe('layoutPdf tables', () => {

  it('rebuilds rows set apart by a rule, wrapped cells joined within the cell', () => {
    const { items, bottom } = table(ROWS, 640, 0.5);
    const all = [...prose(700), ...items, ...prose(bottom - 20)];
    expect(rowsOf(all)).toEqual(EXPECTED);
    const paragraphs = repairParagraphs(layoutPdf([{ number: 1, items: all }]).blocks).map((p) => p.text);
    expect(paragraphs[0]).toBe('根据实施意见要求，我局对照任务分工逐项推进，现将落实情况报告如下。');
    expect(paragraphs[paragraphs.length - 1]).toBe(paragraphs[0]);
    expect(paragraphs).toHaveLength(2 + EXPECTED.length);
  });

  it('finds rows by the first column where nothing but the line spacing parts them', () => {
    expect(rowsOf(table(ROWS, 640, 0).items)).toEqual(EXPECTED);
  });

  it('keeps a 序号 centred on a line of its own, which alone would pass for a page number', () => {
    expect(rowsOf(table(ROWS, 640, 0.5, true).items)).toEqual(EXPECTED);
  });

  it('row blocks cover their lines in the document text, which keeps the lines as they were', () => {
    const { text, blocks } = layoutPdf([{ number: 1, items: table(ROWS, 640, 0.5).items }]);
    expect(text.split('\n')[0]).toBe('序号  任务  落实情况');
    const second = blocks.filter((b) => b.standalone)[1];
    expect(text.slice(second.start, second.end)).toBe('1  提升就业服务  已全面清理相关联的政策\n限制，共清理文件3件。');
  });

  it('leaves a joint signature and a two-field header line as they were', () => {
    const items = [
      run('报送单位：区司法局', 80, 700),
      run('报送日期：2021年10月18日', 300, 700),
      ...prose(660),
      run('区司法局', 120, 560),
      run('区综合行政执法局', 300, 560),
      run('区应急管理局', 200, 543),
      run('2021年10月18日', 200, 526),
    ];
    const { blocks } = layoutPdf([{ number: 1, items }]);
    expect(blocks.some((b) => b.standalone)).toBe(false);
    expect(blocks.map((b) => b.text)).toEqual([
      '报送单位：区司法局  报送日期：2021年10月18日',
      '根据实施意见要求，我局对照任务分工逐项推进，现将落实',
      '情况报告如下。',
      '区司法局  区综合行政执法局',
      '区应急管理局',
      '2021年10月18日',
    ]);
  });
});

describe('layout on pages of very many runs', () => {
  it('a table of 6,000 rows comes back row by row', () => {
    const rows = [ROWS[0], ...Array.from({ length: 2000 }, () => ROWS.slice(1)).flat()];
    // Positions only: a long table runs past any real page, which the layout does not mind.
    const found = rowsOf(table(rows, 200_000, 0.5).items);
    expect(found).toEqual([EXPECTED[0], ...Array.from({ length: 2000 }, () => EXPECTED.slice(1)).flat()]);
  });

  it('a line of more cells than any report table is prose, not a table', () => {
    const wide = (y: number) => Array.from({ length: 41 }, (_, c) => run('甲', 20 + c * 30, y));
    expect(rowsOf([...wide(700), ...wide(683), ...wide(666)])).toEqual([]);
  });

  it('forty cells on a line still make a table', () => {
    const wide = (y: number) => Array.from({ length: 40 }, (_, c) => run('甲', 20 + c * 30, y));
    const found = rowsOf([...wide(700), ...wide(683), ...wide(666)]);
    expect(found.map((r) => r.split(' | ').length)).toEqual([40]);
  });

  it('a page of 200,000 runs lays out', () => {
    const items: PdfTextItem[] = [];
    for (let i = 0; i < 200_000; i += 1) items.push(run('字', 20 + (i % 400) * 30, 100_000 - Math.floor(i / 400) * 17));
    const { blocks } = layoutPdf([{ number: 1, items }]);
    expect(blocks).toHaveLength(500);
  });
});
