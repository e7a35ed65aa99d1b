// Remakes the table fixtures: two small Word documents with a table between paragraphs of prose, written with the
// docx package, and LibreOffice's PDF rendering of each. The PDF importer must read the table rows as the Word
// importer reads them from the .docx. Needs LibreOffice (soffice).
//
//   npx tsx electron/import/__fixtures__/make-table-fixtures.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'table-fixtures-'));

const FONT = { eastAsia: 'Noto Serif CJK SC', ascii: 'Liberation Serif', hAnsi: 'Liberation Serif', cs: 'Liberation Serif' };

/** A body paragraph in 三号 with the usual two-character first-line indent; a signature line sits at the right. */
const prose = (text: string, indent: boolean | 'right' = true) =>
  new Paragraph({
    indent: indent === true ? { firstLine: 640 } : undefined,
    ...(indent === 'right' ? { alignment: AlignmentType.RIGHT } : {}),
    spacing: { line: 560, lineRule: 'exact' },
    children: [new TextRun({ text, font: FONT, size: 32 })],
  });

const title = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text, font: FONT, size: 44 })] });

interface TableSpec {
  /** Column widths, twips. */
  widths: number[];
  /** Half-points. */
  size: number;
  /** Each cell is one or more paragraphs. */
  rows: (string | string[])[][];
  /** Columns whose cells are centred both ways (序号, 完成时限 are often set so). */
  centred?: number[];
}

function table({ widths, size, rows, centred = [] }: TableSpec): Table {
  return new Table({
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map((cell, column) => {
            const middle = centred.includes(column);
            return new TableCell({
              width: { size: widths[column], type: WidthType.DXA },
              ...(middle ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
              children: (typeof cell === 'string' ? [cell] : cell).map(
                (text) =>
                  new Paragraph({
                    ...(middle ? { alignment: AlignmentType.CENTER } : {}),
                    children: [new TextRun({ text, font: FONT, size })],
                  }),
              ),
            });
          }),
        }),
    ),
  });
}

async function write(name: string, children: (Paragraph | Table)[]): Promise<void> {
  const doc = new Document({ sections: [{ children }] });
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, await Packer.toBuffer(doc));
  // A private profile, so a LibreOffice already running elsewhere does not swallow the conversion.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx],
    { stdio: 'ignore', timeout: 180_000 },
  );
  copyFileSync(docx, join(here, `${name}.docx`));
  copyFileSync(join(work, `${name}.pdf`), join(here, `${name}.pdf`));
}

// A policy's attachment: the division of tasks, five columns in 五号, cells wrapping over several lines.
await write('division-table', [
  prose('附件', false),
  title('重点任务分工表'),
  prose('为确保各项改革措施落到实处，现将重点任务分解如下，各责任单位要按照时限要求抓好落实，并于每季度末报送工作进展情况。'),
  table({
    widths: [700, 3300, 1700, 2100, 1300],
    size: 21,
    centred: [0, 4],
    rows: [
      ['序号', '任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '全面清理与已取消职业资格相关联的政策限制，规范人力资源招聘行为，禁止就业性别歧视。', '区人力资源社会保障局', '区市场监管局、区教育和体育局', '2021年11月底前'],
      ['2', '推行企业开办“一窗通办”，压缩企业开办时间至1个工作日以内。', '区行政审批服务局', '区市场监管局、区税务局、区公安分局、区人力资源社会保障局', '2021年12月底前'],
      ['3', '年内培训企业新型学徒不少于1000名。', '区人力资源社会保障局', '区财政局', '长期坚持'],
    ],
  }),
  prose('各牵头单位要会同配合单位制定具体工作方案，明确时间表和路线图，确保按期完成任务；区政府办公室将适时开展督查。'),
]);

// A department's report answering in a table: three columns in 小四, one cell of two paragraphs.
await write('report-table', [
  title('区人力资源和社会保障局关于落实情况的报告'),
  prose('区政府办公室：', false),
  prose('根据《关于进一步深化“放管服”改革的实施意见》要求，我局对照任务分工逐项推进，现将落实情况报告如下。'),
  table({
    widths: [900, 2700, 5500],
    size: 24,
    rows: [
      ['序号', '任务', '落实情况'],
      ['1', '提升就业服务', '已全面清理与已取消职业资格相关联的政策限制，共清理文件3件，规范人力资源招聘行为。'],
      ['2', '提高职业技能培训质量', ['年内培训企业新型学徒1050名。', '培训养老护理员210名，发放补贴资金42.6万元。']],
      ['3', '优化社保经办服务', '已实现12项社保业务“网上办、掌上办”。'],
    ],
  }),
  prose('下一步，我局将继续加大工作力度，确保各项任务按期完成。'),
  prose('区人力资源和社会保障局', 'right'),
  prose('2021年10月20日', 'right'),
]);

rmSync(work, { recursive: true, force: true });
console.log('table fixtures written to', here);
