import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCyclicChainOle } from '../ingest/hostile-files';
import { readDocBody } from './doc';
import { importFile } from './index';

const fixture = (name: string) => join(__dirname, '__fixtures__', name);
const scratch = mkdtempSync(join(tmpdir(), 'docx-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TABLE_REPORT = [
  '区人力资源和社会保障局关于落实就业创业政策情况的报告',
  '区政府办公室：',
  '一、提升就业服务。11月底前已全面清理与已取消职业资格相关联的政策限制，规范人力资源招聘行为。',
  '二、各项任务落实情况见下表。',
  '序号 | 任务 | 落实情况',
  '1 | 提升就业服务 | 已完成清理，共清理文件3件。',
];

describe('docx import (a file written by LibreOffice)', () => {
  it('reads paragraphs, a heading style, a bold opening run and table rows', async () => {
    const outcome = await importFile(fixture('libreoffice-table.docx'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const { doc } = outcome;
    expect(doc).toMatchObject({ format: 'docx', pageCount: null, fileName: 'libreoffice-table.docx' });
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 6)).toEqual(TABLE_REPORT);
    // A cell holding two paragraphs stays on its row.
    expect(texts[6]).toBe('2 | 提高职业技能 | 年内培训企业新型学徒1050名。培训养老护理员210名。');
    expect(texts.slice(7)).toEqual(['区人力资源和社会保障局', '2021年10月20日']);
    expect(doc.paragraphs[0].heading).toBe(true);
    expect(doc.paragraphs[2].bold).toBe(true);
    expect(doc.paragraphs[3].bold).toBeUndefined();
    // The line break inside the paragraph is kept in the document text, joined in the paragraph.
    const p = doc.paragraphs[2];
    expect(doc.text.slice(p.start, p.end)).toContain('招聘\n行为');
  });

  it('reads the same file saved as .doc by LibreOffice', async () => {
    const outcome = await importFile(fixture('libreoffice-table.doc'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.format).toBe('doc');
    expect(outcome.doc.paragraphs.map((p) => p.text).slice(0, 6)).toEqual(TABLE_REPORT);
    expect(outcome.doc.paragraphs.map((p) => p.text)).toContain('2021年10月20日');
  });

  it('refuses a .doc whose sector chain runs in a circle, on this thread, and reads the next file', async () => {
    const circle = join(scratch, '循环扇区.doc');
    writeCyclicChainOle(circle, readFileSync(fixture('libreoffice-table.doc')));
    const outcome = await importFile(circle);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.message).toMatch(/^无法导入「循环扇区\.doc」：无法读取该旧版 Word（\.doc）文件/);
    expect((await importFile(fixture('libreoffice-table.doc'))).ok).toBe(true);
    // The library's own reading follows its chains through ole-chain.ts too, should a circle get past the look first.
    await expect(readDocBody(readFileSync(circle))).rejects.toThrow(/returns to sector/);
  });

  it('follows the bytes when the extension is wrong', async () => {
    const docxAsDoc = join(scratch, '报告.doc');
    const docAsDocx = join(scratch, '报告.docx');
    copyFileSync(fixture('libreoffice-table.docx'), docxAsDoc);
    copyFileSync(fixture('libreoffice-table.doc'), docAsDocx);
    const [a, b] = [await importFile(docxAsDoc), await importFile(docAsDocx)];
    expect(a.ok && a.doc.format).toBe('docx');
    expect(b.ok && b.doc.format).toBe('doc');
    if (a.ok) expect(a.doc.warnings.join('')).toContain('.docx 格式');
    if (b.ok) expect(b.doc.warnings.join('')).toContain('旧版 Word');
  });
});

describe('docx failures', () => {
  it.each([
    ['truncated.docx', 'corrupt-docx'],
    ['not-a-zip.docx', 'corrupt-docx'],
    ['no-body.docx', 'docx-no-body'],
  ])('%s → %s', async (name, code) => {
    const outcome = await importFile(fixture(name));
    expect(outcome).toMatchObject({ ok: false, failure: { code, file: name } });
    if (!outcome.ok) {
      expect(outcome.failure.message.startsWith(`无法导入「${name}」：`)).toBe(true);
      expect(outcome.failure.message).toMatch(/Word|WPS/);
    }
  });

  it('refuses a .doc that is not a Word file, telling the user to save as .docx', async () => {
    const fake = join(scratch, '旧文件.doc');
    copyFileSync(fixture('not-a-zip.docx'), fake);
    const outcome = await importFile(fake);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'doc-unreadable', file: '旧文件.doc' } });
    if (!outcome.ok) expect(outcome.failure.message).toContain('另存为 .docx');
  });
});
