// RTF: the seed policy and a task table as LibreOffice writes them (Unicode characters with byte fallbacks), Chinese
// set as GB2312 bytes in a font's character set (as Word and TextEdit write it), what is not text skipped, and the
// .doc files office systems write as RTF or as web pages.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPolicy } from '../../shared/extract/policy';
import type { PolicyExtract } from '../../shared/types';
import { importFile } from './index';
import { imported } from './__fixtures__/imported';
import { extractRtf } from './rtf';

const fixtures = join(__dirname, '__fixtures__');
const scratch = mkdtempSync(join(tmpdir(), 'luoshi-rtf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ledger = (e: PolicyExtract) => ({
  title: e.title,
  docNumber: e.docNumber,
  measures: e.measures.map((m) => ({ number: m.number, title: m.title, lead: m.lead, support: m.support, due: m.deadlines.map((d) => d.date) })),
});

/** Chinese as GB2312 bytes, escaped the way RTF writers do. */
const gbBytes = (s: string) => [...iconv.encode(s, 'gb18030')].map((b) => `\\'${b.toString(16).padStart(2, '0')}`).join('');
const read = (rtf: string) => extractRtf(Buffer.from(rtf, 'latin1')).blocks.map((b) => b.text);

describe('RTF', () => {
  it('the seed policy as LibreOffice writes RTF gives the .docx’s ledger', async () => {
    const doc = await imported(join(fixtures, 'rtf', 'policy-seed.rtf'));
    expect(doc.format).toBe('rtf');
    const rtf = extractPolicy({ paragraphs: doc.paragraphs });
    const docx = extractPolicy({ paragraphs: (await imported(join(__dirname, '..', '..', 'seeds', 'policy-seed.docx'))).paragraphs });
    expect(rtf.measures).toHaveLength(29);
    expect(ledger(rtf)).toEqual(ledger(docx));
  });

  it('a task table in RTF gives the Word document’s rows', async () => {
    const rtf = (await imported(join(fixtures, 'rtf', 'task-table.rtf'))).paragraphs.map((p) => p.text);
    const docx = (await imported(join(fixtures, 'sheets', 'task-table.docx'))).paragraphs.map((p) => p.text);
    expect(rtf).toEqual(docx);
    expect(rtf.some((t) => t.split(' | ').length >= 4)).toBe(true);
  });

  it('reads GB2312 bytes in the code page of their font, the document’s otherwise', () => {
    const rtf =
      `{\\rtf1\\ansi\\ansicpg936{\\fonttbl\\f0\\fnil\\fcharset134 ${gbBytes('宋体')};\\f1\\froman\\fcharset0 Times;}` +
      `\\f0\\b ${gbBytes('一、总体要求')}\\b0\\par ` +
      `${gbBytes('到')}\\f1 2025\\f0 ${gbBytes('年底前完成。')}\\\n` +
      `{\\f2 ${gbBytes('无字体表的字体按文档代码页读')}}\\par}`;
    expect(read(rtf)).toEqual(['一、总体要求', '到2025年底前完成。', '无字体表的字体按文档代码页读']);
  });

  it('reads \\uN characters and skips their fallbacks, as \\uc says', () => {
    const rtf = '{\\rtf1\\ansi\\uc1\\u20851\\\'b9\\u20110?\\par{\\uc2\\u25913\\\'b8\\\'c4\\u38761\\\'b8\\\'ef}\\par\\u-3\\\'3f x\\par}';
    expect(read(rtf)).toEqual(['关于', '改革', '\ufffd x']);
  });

  it('keeps a measure’s bold title run, and what is not text stays out', () => {
    const rtf =
      '{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\title Secret}{\\author X}}' +
      '{\\header \\pard header text\\par}{\\*\\generator Writer;}{\\pict\\pngblip 89504e47}' +
      '\\pard{\\b 1.\\u25552?\\u39640?\\u25928?\\u29575?\\u12290?}\\u20840?\\u38754?\\u25512?\\u34892?\\u12290?\\par' +
      '{\\field{\\*\\fldinst HYPERLINK "http://x"}{\\fldrslt \\u38142?\\u25509?}}\\par' +
      '\\bin4 {}{}x\\par}';
    const extracted = extractRtf(Buffer.from(rtf, 'latin1'));
    expect(extracted.blocks.map((b) => b.text)).toEqual(['1.提高效率。全面推行。', '链接', 'x']);
    expect(extracted.blocks[0]).toMatchObject({ bold: true, boldPrefix: '1.提高效率。' });
  });

  it('table rows are rows; a cell holding paragraphs lays them out in turn; the table ends with the first paragraph after it', () => {
    const cell = (s: string) => `\\pard\\intbl ${gbBytes(s)}\\cell `;
    const rtf =
      `{\\rtf1\\ansi\\ansicpg936 ${gbBytes('前言')}\\par` +
      `\\trowd\\cellx1000\\cellx2000\\cellx3000${cell('序号')}${cell('任务')}${cell('牵头单位')}\\row` +
      `\\trowd\\cellx1000\\cellx2000\\cellx3000${cell('1')}\\pard\\intbl\\cell ${cell('区市场监管局')}\\row` +
      `\\trowd\\cellx3000\\pard\\intbl ${gbBytes('第一段')}\\par ${gbBytes('第二段')}\\cell\\row` +
      `\\pard ${gbBytes('表后正文')}\\par}`;
    expect(read(rtf)).toEqual(['前言', '序号 | 任务 | 牵头单位', '1 |  | 区市场监管局', '第一段', '第二段', '表后正文']);
  });

  it('.doc files that are RTF, a web page or a web archive are read as what they are, with a warning', async () => {
    const asRtf = join(scratch, '实施方案.doc');
    copyFileSync(join(fixtures, 'rtf', 'policy-seed.rtf'), asRtf);
    const rtfDoc = await imported(asRtf);
    expect(rtfDoc.warnings).toContain('文件扩展名是 .doc，但内容是RTF格式，已按RTF读取。');
    expect(extractPolicy({ paragraphs: rtfDoc.paragraphs }).measures).toHaveLength(29);

    const asHtml = join(scratch, '通知.doc');
    copyFileSync(join(fixtures, 'web', 'policy-seed.htm'), asHtml);
    const htmlDoc = await imported(asHtml);
    expect(htmlDoc.format).toBe('html');
    expect(htmlDoc.warnings).toContain('文件扩展名是 .doc，但内容是网页（HTML）格式，已按网页（HTML）读取。');

    const asMht = join(scratch, '报告.doc');
    writeFileSync(asMht, 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + Buffer.from('<html><body><p>区财政局关于落实情况的报告</p></body></html>').toString('base64') + '\r\n--b--\r\n');
    const mhtDoc = await imported(asMht);
    expect(mhtDoc.paragraphs.map((p) => p.text)).toEqual(['区财政局关于落实情况的报告']);
    expect(mhtDoc.warnings[0]).toContain('单个文件网页（MHT）');
  });

  it('keeps a space the writer typed between two bodies (word-space) and closes up letter-spacing', async () => {
    const file = join(scratch, '联合报告.rtf');
    writeFileSync(file, `{\\rtf1\\ansi\\ansicpg936 ${gbBytes('河南省教育厅 河南省财政厅')}\\par ${gbBytes('工 作 报 告')}\\par}`, 'latin1');
    expect((await imported(file)).paragraphs.map((p) => p.text)).toEqual(['河南省教育厅 河南省财政厅', '工作报告']);
  });

  it('what is not RTF, or is hostile, gets a message or reads what it can, and never takes the reader down', async () => {
    const fake = join(scratch, '说明.rtf');
    writeFileSync(fake, '这不是 RTF 文件');
    const outcome = await importFile(fake);
    expect(outcome.ok ? null : outcome.failure.message).toBe('无法导入「说明.rtf」：文件不是有效的 RTF 文档或已损坏。请用 Word 或 WPS 打开后另存为 .docx，再重新导入。');

    expect(read(`{\\rtf1 ${'{'.repeat(100_000)}\\u28145?${'}'.repeat(100_000)}}`)).toEqual(['深']);
    expect(read('{\\rtf1 \\bin999999999 abc')).toEqual([]);
    expect(read(`{\\rtf1\\ansi\\ansicpg936 ${gbBytes('未闭合的组')}`)).toEqual(['未闭合的组']);
  });
});
