// Writes the spreadsheet fixtures: a task division table (任务分工表) and two departments' returns
// (落实情况反馈表), each once as an Excel workbook (exceljs) and once as the same content in Word (docx), so
// the tests can check that both give the same policy and the same matrix. The workbook uses what task
// tables in Excel do: a title merged across the columns, category rows merged across, a 序号 and a
// 重点任务 merged down over their measures, deadlines typed as dates, and a second sheet. Where LibreOffice
// is installed, it also saves the task table and one return as .xls (Excel 97–2003).
//
//   npx tsx scripts/make-spreadsheet-fixtures.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType, AlignmentType } from 'docx';
import ExcelJS from 'exceljs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'electron', 'import', '__fixtures__', 'sheets');

/** A cell of a sheet: text, or a cell merged into the one above (down) or to the left (across). */
type Cell = string | { down: true } | { across: true };

interface Sheet {
  name: string;
  /** Lines above the table, one cell merged across the table in Excel, a paragraph in Word. */
  lines: string[];
  rows: Cell[][];
  /** Lines below the table. */
  after?: string[];
}

const DOWN = { down: true } as const;
const ACROSS = { across: true } as const;

const policy: Sheet[] = [
  {
    name: '任务分工',
    lines: ['江城市2024年优化营商环境重点任务分工表'],
    rows: [
      ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
      ['一、提升政务服务效能', ACROSS, ACROSS, ACROSS, ACROSS, ACROSS],
      ['1', '优化企业开办服务', '推行企业开办“一窗通办”，将开办时间压缩至1个工作日以内。', '市市场监管局', '市税务局、市公安局', '2024年6月30日'],
      ['2', '深化工程建设项目审批制度改革', '社会投资简易低风险项目审批时间压缩至15个工作日以内。', '市住房城乡建设局', '市自然资源局', '2024年9月30日'],
      [DOWN, DOWN, '推行施工图数字化审查，年内覆盖全部新建项目。', '市住房城乡建设局', '', '2024年12月31日'],
      ['二、优化市场环境', ACROSS, ACROSS, ACROSS, ACROSS, ACROSS],
      ['3', '加强涉企政策宣传', '每季度开展一次政策宣讲，惠及企业不少于500家。', '市工商联', '市发展改革委', '2024年8月31日'],
    ],
  },
  {
    name: '续表',
    lines: [],
    rows: [
      ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
      ['4', '规范涉企收费', '开展涉企收费专项检查，清理违规收费项目。', '市发展改革委', '市财政局、市市场监管局', '2024年5月31日'],
    ],
    after: ['各牵头单位请于每季度末将落实情况报市政府办公室。'],
  },
];

const returns: { file: string; sheet: Sheet }[] = [
  {
    file: 'return-market',
    sheet: {
      name: '反馈表',
      lines: ['市市场监管局重点任务落实情况反馈表', '填报单位：市市场监管局　填报日期：2024年6月20日'],
      rows: [
        ['序号', '任务名称', '落实情况'],
        ['1', '优化企业开办服务', '已推行企业开办“一窗通办”，全市企业开办时间压缩至0.5个工作日。'],
        ['4', '规范涉企收费', '配合开展涉企收费专项检查，检查企业120家，清退违规收费8.6万元。'],
      ],
    },
  },
  {
    file: 'return-housing',
    sheet: {
      name: 'Sheet1',
      lines: ['市住房城乡建设局重点任务完成情况表', '填报单位：市住房城乡建设局　填报日期：2024年10月12日'],
      rows: [
        ['序号', '任务', '完成情况'],
        ['2', '深化工程建设项目审批制度改革', '社会投资简易低风险项目审批时间已压缩至12个工作日，施工图数字化审查覆盖新建项目86%。'],
      ],
    },
  },
];

const isText = (c: Cell): c is string => typeof c === 'string';

/** Deadlines go in as dates, as Excel users type them, shown the Chinese way. */
function asDate(text: string): Date | null {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

async function workbook(sheets: Sheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = book.addWorksheet(spec.name);
    const width = Math.max(...spec.rows.map((r) => r.length));
    const line = (text: string) => {
      const row = ws.addRow([text]);
      ws.mergeCells(row.number, 1, row.number, width);
    };
    spec.lines.forEach(line);
    const top = ws.rowCount + 1;
    spec.rows.forEach((cells) => {
      const row = ws.addRow(cells.map((c) => (isText(c) ? asDate(c) ?? c : null)));
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy"年"m"月"d"日"';
      });
    });
    // merges: a run of "across" cells joins the cell on its left; "down" cells join the cell above
    spec.rows.forEach((cells, r) => {
      cells.forEach((c, k) => {
        if (!isText(c)) return;
        let right = k;
        while (right + 1 < cells.length && !isText(cells[right + 1]) && 'across' in (cells[right + 1] as object)) right++;
        let bottom = r;
        while (bottom + 1 < spec.rows.length && !isText(spec.rows[bottom + 1][k]) && 'down' in (spec.rows[bottom + 1][k] as object)) bottom++;
        if (right > k || bottom > r) ws.mergeCells(top + r, k + 1, top + bottom, right + 1);
      });
    });
    (spec.after ?? []).forEach(line);
    ws.columns.forEach((col, k) => (col.width = k === 2 ? 50 : 18));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const para = (text: string, center = false) =>
  new Paragraph({ ...(center ? { alignment: AlignmentType.CENTER } : {}), children: [new TextRun(text)] });

function wordTable(rows: Cell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells, r) => {
      const children: TableCell[] = [];
      cells.forEach((c, k) => {
        if (!isText(c) && 'across' in c) return;
        let span = 1;
        while (k + span < cells.length && !isText(cells[k + span]) && 'across' in (cells[k + span] as object)) span++;
        const startsMerge = isText(c) && r + 1 < rows.length && !isText(rows[r + 1][k]) && 'down' in (rows[r + 1][k] as object);
        const merge = !isText(c) ? VerticalMergeType.CONTINUE : startsMerge ? VerticalMergeType.RESTART : undefined;
        children.push(
          new TableCell({
            ...(span > 1 ? { columnSpan: span } : {}),
            ...(merge ? { verticalMerge: merge } : {}),
            children: [para(isText(c) ? c : '')],
          }),
        );
      });
      return new TableRow({ children });
    }),
  });
}

async function wordDocument(sheets: Sheet[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const spec of sheets) {
    spec.lines.forEach((text, k) => children.push(para(text, k === 0)));
    children.push(wordTable(spec.rows));
    (spec.after ?? []).forEach((text) => children.push(para(text)));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** LibreOffice's own .xls (Excel 97–2003) of a workbook, where LibreOffice is installed. */
function saveAsXls(name: string): void {
  const work = mkdtempSync(join(tmpdir(), 'sheet-fixtures-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--convert-to', 'xls', '--outdir', outDir, join(outDir, `${name}.xlsx`)],
      { stdio: 'ignore', timeout: 180_000 },
    );
  } catch {
    console.warn(`LibreOffice (soffice) not available: ${name}.xls not written`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

mkdirSync(outDir, { recursive: true });
const write = async (name: string, sheets: Sheet[]) => {
  writeFileSync(join(outDir, `${name}.xlsx`), await workbook(sheets));
  writeFileSync(join(outDir, `${name}.docx`), await wordDocument(sheets));
};
await write('task-table', policy);
for (const r of returns) await write(r.file, [r.sheet]);
saveAsXls('task-table');
saveAsXls('return-market');
console.log('spreadsheet fixtures written to', outDir);
