// The seed policy as .txt, .docx (written by the docx package) and .pdf (LibreOffice's rendering of that .docx):
// after import, the three must give the same paragraphs, whatever each format did to the layout.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedDocument, Paragraph } from '../../shared/types';
import { importFile } from './index';

const seeds = join(__dirname, '..', '..', 'seeds');
const formats = ['txt', 'docx', 'pdf'] as const;
const docs = {} as Record<(typeof formats)[number], ImportedDocument>;

beforeAll(async () => {
  for (const format of formats) {
    const outcome = await importFile(join(seeds, `policy-seed.${format}`));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    docs[format] = outcome.doc;
  }
});

/** The paragraph without markdown marks or whitespace. */
const plain = (p: Paragraph) => p.text.replace(/\*\*/g, '').replace(/^#+/, '').replace(/\s+/g, '');
const isMeasure = (p: Paragraph) => /^\d{1,2}\.[^\d]/.test(plain(p));
const measures = (format: (typeof formats)[number]) => docs[format].paragraphs.filter(isMeasure);
const count = (texts: string[], word: string) => texts.reduce((n, t) => n + t.split(word).length - 1, 0);

describe('seed policy renditions', () => {
  it('each has the 29 measures, numbered in order', () => {
    for (const format of formats) {
      expect(measures(format).map((p) => Number(/^(\d+)/.exec(plain(p))?.[1]))).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    }
  });

  it('the measures read the same in every format', () => {
    const [txt, docx, pdf] = formats.map((f) => measures(f).map(plain));
    expect(docx).toEqual(txt);
    expect(pdf).toEqual(txt);
    for (const word of ['牵头', '按职责分工负责', '月底前']) {
      const n = count(txt, word);
      expect(n).toBeGreaterThan(0);
      expect(count(docx, word)).toBe(n);
      expect(count(pdf, word)).toBe(n);
    }
  });

  it('all paragraphs, headings and signature included, read the same', () => {
    const [txt, docx, pdf] = formats.map((f) => docs[f].paragraphs.map(plain).filter((t) => !/^-+$/.test(t)));
    expect(docx).toEqual(txt);
    expect(pdf).toEqual(txt);
  });

  it('sentences split by page breaks are whole again', () => {
    for (const format of formats) {
      const text = measures(format).map(plain).join('\n');
      expect(text).toContain('规范人力资源招聘行为，禁止就业性别歧视');
      expect(text).toContain('规范调整、简化审批流程。');
      expect(text).toContain('着力扩大保单融资规模');
      expect(text).toContain('提高职业卫生技术服务质量和水平。（区卫生健康局');
    }
  });

  it('bold measure titles are marked alike in the txt and the docx', () => {
    const bold = (format: 'txt' | 'docx') => measures(format).map((p) => Boolean(p.bold));
    expect(bold('docx')).toEqual(bold('txt'));
    expect(bold('txt').filter(Boolean).length).toBeGreaterThan(10);
    expect(bold('txt')[0]).toBe(false);
  });

  it('the PDF keeps pages: numbers gone, paragraphs placed on the page they start on', () => {
    const pdf = docs.pdf;
    expect(pdf.pageCount).toBeGreaterThan(5);
    const pages = pdf.paragraphs.map((p) => p.page ?? 0);
    expect(pages[0]).toBe(1);
    expect(pages[pages.length - 1]).toBe(pdf.pageCount);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(pdf.paragraphs.some((p) => /—\s*\d+\s*—/.test(p.text))).toBe(false);
    expect(pdf.text).toMatch(/—\s*1\s*—/);
    for (const p of pdf.paragraphs) expect(p.end).toBeGreaterThan(p.start);
  });
});
