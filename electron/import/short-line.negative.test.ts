import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import { layoutPdf, type PdfPage, type PdfTextItem } from './pdf-layout';

// short-line, negative cases: a line that falls a character or two short of the margin (a number that did not fit) and
// a short line at a page's foot, where a page turn cuts the sentence, go on into the next line as before.

const SIZE = 16;
const at = (str: string, row: number): PdfTextItem => ({ str, x: 80, y: 700 - row * 28, width: [...str].length * SIZE, size: SIZE });
const text = '今年以来我局认真落实区委区政府关于稳就业保就业的决策部署把促进高校毕业生退役军人农民工等重点群体就业作为重中之重全区城镇新增就业';
const read = (pages: PdfPage[]) => repairParagraphs(layoutPdf(pages).blocks).map((p) => p.text);

describe('short-line does not fire', () => {
  it('joins a line two characters short of the margin to the next', () => {
    const items = [at(text.slice(0, 28), 0), at(text.slice(28, 54), 1), at(text.slice(54), 2), at(text.slice(0, 28), 3)];
    expect(read([{ number: 1, items }])[0].startsWith(text)).toBe(true);
  });

  it('joins a short line at a page’s foot to the rest of its sentence on the next page', () => {
    const page1 = [at(text.slice(0, 28), 0), at(text.slice(28, 56), 1), at(text.slice(56, 60), 2)];
    const page2 = [at(text.slice(60), 0), at('各项工作有序推进。', 1)];
    expect(read([{ number: 1, items: page1 }, { number: 2, items: page2 }])[0]).toBe(text);
  });

  it('joins the short last line of a paragraph run on from full lines, cut inside a word, to the flush-left line after it', () => {
    // a document made from a PDF keeps the PDF's break in mid-sentence: 「…高校毕 / 业生、退役 / 军人等群体…」
    const items = [at(text.slice(0, 28), 0), at(text.slice(28, 56), 1), at(text.slice(56, 60), 2), at(text.slice(60), 3)];
    expect(read([{ number: 1, items }])[0]).toBe(text);
  });

  it('joins a short line ending on a list’s comma to the next', () => {
    const items = [at('高校毕业生、退役军人、', 0), at('返乡农民工等群体，可申请最高20万元创业担保贷款。', 1)];
    expect(read([{ number: 1, items }])).toEqual(['高校毕业生、退役军人、返乡农民工等群体，可申请最高20万元创业担保贷款。']);
  });
});
