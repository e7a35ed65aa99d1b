import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';

const fixture = (name: string) => join(__dirname, '__fixtures__', name);

describe('pdf import', () => {
  it('drops the running header and page footers and joins a sentence across pages', async () => {
    const outcome = await importFile(fixture('running-header.pdf'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const { doc } = outcome;
    expect(doc).toMatchObject({ format: 'pdf', pageCount: 3 });
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(17);
    expect(doc.paragraphs[0]).toMatchObject({ text: '区人力资源和社会保障局2021年就业工作情况', heading: true, page: 1 });
    texts.slice(1).forEach((text, i) => expect(text.startsWith(`${i + 1}. 第${i + 1}项工作进展。`)).toBe(true));
    expect(texts.join('')).not.toMatch(/工作简报|第\s*\d+\s*页/);
    // The original text keeps what was dropped, for quoting.
    expect(doc.text).toContain('区人力资源和社会保障局工作简报');
    // Paragraph 12 starts on page 2 and ends on page 3.
    const twelve = doc.paragraphs[12];
    expect(twelve.page).toBe(2);
    expect(twelve.text).toContain('就业困难人员实现就业426人，城镇登记失业率控制在3%以内，就业形势保持总体稳定。');
    expect(doc.paragraphs[13].page).toBe(3);
    // Spaces around digits are gone from paragraphs but not from the document text.
    expect(twelve.text).toContain('全区城镇新增就业3260人');
    expect(doc.text).toMatch(/3260 人/);
  });

  it('reads Chinese in a font the PDF does not embed (needs the character maps)', async () => {
    const outcome = await importFile(fixture('unembedded-font.pdf'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.paragraphs.map((p) => p.text)).toEqual(['区财政局关于直达资金工作的报告', '截至9月底，全区共下达直达资金4.2亿元。']);
  });

  it('imports a PDF protected only by an owner password', async () => {
    const outcome = await importFile(fixture('owner-password.pdf'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.paragraphs.map((p) => p.text)).toEqual(['区财政局关于直达资金工作的报告', '截至9月底，全区共下达直达资金4.2亿元。']);
  });

  it('warns about scanned pages among text pages', async () => {
    const outcome = await importFile(fixture('text-then-scan.pdf'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.pageCount).toBe(2);
    expect(outcome.doc.warnings).toEqual([expect.stringContaining('第 2 页没有可读取的文字')]);
  });
});

describe('pdf failures', () => {
  it('reads a PDF with pages but no text layer by OCR, and says so', async () => {
    const outcome = await importFile(fixture('image-only.pdf'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.paragraphs.map((p) => p.text)).toEqual(['区应急管理局落实情况报告']);
    expect(outcome.doc.ocr).toMatchObject({ pages: 1 });
    expect(outcome.doc.warnings).toEqual([expect.stringContaining('文字由 OCR')]);
  });

  it.each([
    ['encrypted.pdf', 'encrypted-pdf', '密码'],
    ['garbage.pdf', 'corrupt-pdf', '损坏'],
    ['html-named.pdf', 'corrupt-pdf', '损坏'],
  ])('%s → %s', async (name, code, words) => {
    const outcome = await importFile(fixture(name));
    expect(outcome).toMatchObject({ ok: false, failure: { code, file: name } });
    if (!outcome.ok) expect(outcome.failure.message).toMatch(new RegExp(`^无法导入「${name.replace('.', '\\.')}」：.*${words}`));
  });
});
