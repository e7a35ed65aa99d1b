import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import { layoutPdf, type PdfPage, type PdfTextItem } from './pdf-layout';

// right-set: a date or a signer set to the right reaches the right margin from far inside it; it is no full line of a
// paragraph, so the paragraph the next page opens with does not run on from it, though that page's lines (mostly
// first lines of short paragraphs) put its margin at their indent.
const SIZE = 16;
const LEFT = 80;
const WIDTH = 26 * SIZE;
const at = (str: string, x: number, y: number): PdfTextItem => ({ str, x, y, width: [...str].length * SIZE, size: SIZE });
const body = (str: string, y: number, indent = true) => at(str, LEFT + (indent ? 2 * SIZE : 0), y);
const right = (str: string, y: number) => at(str, LEFT + WIDTH - [...str].length * SIZE, y);
const FULL = '各单位要按照方案要求抓紧推进各项任务，确保按期完成';

/** A page of a paragraph, then `foot` (y from 616 down), and a page of short paragraphs, most of their lines indented. */
function pages(foot: ((y: number) => PdfTextItem)[]): PdfPage[] {
  const first = [body('现将有关情况报告如下，请审阅。', 700), at(FULL, LEFT, 672), at('目标任务，形成工作合力。', LEFT, 644), ...foot.map((f, k) => f(616 - 28 * k))];
  const second = [body('（联系人：白文俊，联系电话：8812822）', 760), at('电子邮箱见附件。', LEFT, 732), body('（此件公开发布）', 704), body('附件：落实情况表', 676)];
  return [
    { number: 1, items: first },
    { number: 2, items: second },
  ];
}

describe('right-set', () => {
  it('keeps a date set to the right at a page’s foot apart from the paragraph the next page opens with', () => {
    const texts = repairParagraphs(layoutPdf(pages([(y) => right('办公室', y), (y) => right('2022年2月21日', y)])).blocks).map((p) => p.text);
    expect(texts).toContain('2022年2月21日');
    expect(texts).toContain('办公室');
    expect(texts.some((t) => t.startsWith('（联系人：白文俊'))).toBe(true);
  });
});

describe('right-set, negative cases', () => {
  it('still runs a paragraph on from a full line at a page’s foot into the next page', () => {
    const texts = repairParagraphs(layoutPdf(pages([(y) => at(FULL.slice(0, 25), LEFT, y)])).blocks).map((p) => p.text);
    expect(texts.some((t) => t.startsWith(`${FULL.slice(0, 25)}（联系人`))).toBe(true);
  });
});
