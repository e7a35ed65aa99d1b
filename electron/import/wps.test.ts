// WPS Office's own formats: .wps (WPS 文字) and .et (WPS 表格). Files written by WPS itself (sources in
// __fixtures__/wps/SOURCES.md), and the seed policy and a task table in the formats those extensions hold, read as
// the same content under their usual extensions.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPolicy } from '../../shared/extract/policy';
import { imported, refused } from './__fixtures__/imported';

const fixtures = join(__dirname, '__fixtures__');
const wps = join(fixtures, 'wps');
const scratch = mkdtempSync(join(tmpdir(), 'luoshi-wps-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('WPS 文字 (.wps)', () => {
  it('a file WPS saved in its binary format reads, its table rows as rows', async () => {
    const doc = await imported(join(wps, 'kingsoft-writer.wps'));
    expect(doc.format).toBe('doc');
    expect(doc.warnings).toEqual([]);
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain('IDCard | 中 | 包含5个或以上不同的国内身份证号码信息');
    expect(texts.some((t) => t.startsWith('Finance | 高 | 包含【所有者权益表,损益表'))).toBe(true);
  });

  it('a file newer WPS saved with a .docx inside reads as one', async () => {
    const doc = await imported(join(wps, 'kingsoft-writer-zip.wps'));
    expect(doc.format).toBe('docx');
    expect(doc.text).toContain('提出知道商城');
  });

  it('the seed policy as .wps gives the .docx rendition’s measures, departments and deadlines', async () => {
    const asWps = extractPolicy({ paragraphs: (await imported(join(wps, 'policy-seed.wps'))).paragraphs });
    const asDocx = extractPolicy({ paragraphs: (await imported(join(__dirname, '..', '..', 'seeds', 'policy-seed.docx'))).paragraphs });
    expect(asWps.measures).toHaveLength(29);
    const ledger = (e: typeof asWps) => e.measures.map((m) => [m.number, m.lead, m.support, m.deadlines.map((d) => d.date)]);
    expect(ledger(asWps)).toEqual(ledger(asDocx));
    expect(asWps.title).toBe(asDocx.title);
  });

  it('what is not a WPS 文字 document gets a message naming the file', async () => {
    // An OLE container without a Word stream, as a Microsoft Works file is, and a text file under the extension.
    const works = join(scratch, '部门报告.wps');
    copyFileSync(join(wps, 'kingsoft-sheet.et'), works);
    const notWps = await refused(works);
    expect(notWps.file).toBe('部门报告.wps');
    expect(notWps.message).toBe('无法导入「部门报告.wps」：无法读取该 .wps 文件：它不是 WPS 文字文档（可能是 Microsoft Works 文档）或已损坏。请用 WPS 或 Word 打开后另存为 .docx，再重新导入。');
    const text = join(scratch, '文字.wps');
    writeFileSync(text, '这是一段文字，不是 WPS 文档。');
    expect((await refused(text)).message).toContain('它不是 WPS 文字文档');
  });
});

describe('WPS 表格 (.et)', () => {
  it('a workbook WPS saved reads every sheet', async () => {
    const doc = await imported(join(wps, 'kingsoft-sheet.et'));
    expect(doc.format).toBe('xls');
    expect(doc.warnings).toEqual([]);
    expect(doc.paragraphs[0].text).toContain('级联顺序');
    expect(doc.text).toContain('66,67,68,69,70');
  });

  it('a task table as .et gives the .xls’s paragraphs, with no warning about the extension', async () => {
    const et = await imported(join(wps, 'task-table.et'));
    const xls = await imported(join(fixtures, 'sheets', 'task-table.xls'));
    expect(et.paragraphs.map((p) => p.text)).toEqual(xls.paragraphs.map((p) => p.text));
    expect(et.warnings).toEqual([]);
    expect(extractPolicy({ paragraphs: et.paragraphs }).measures).toHaveLength(5);
  });

  it('an .et that is no workbook gets the spreadsheet message', async () => {
    const bad = join(scratch, '任务表.et');
    writeFileSync(bad, 'not a workbook at all');
    const f = await refused(bad);
    expect(f.code).toBe('corrupt-spreadsheet');
    expect(f.message).toContain('无法导入「任务表.et」');
  });
});
