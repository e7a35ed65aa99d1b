// Recognised lines laid out by the PDF path's builder: indents open paragraphs, full lines run on, a skewed page
// reads as a straight one, the signature block stands apart, and low-confidence characters are found in the text.
import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import type { OcrLine } from './ocr-engine';
import { layoutOcr, widenCjkPunctuation } from './ocr-layout';
import { full, line, page } from './__fixtures__/ocr-lines';

function paragraphs(lines: OcrLine[]): string[] {
  return repairParagraphs(layoutOcr([page(lines)]).blocks).map((p) => p.text);
}

const report = (skew?: number) => [
  line('区财政局关于政策落实情况的报告', 0, 5, { skew, size: 60 }),
  line('区政府办公室：', 2, 0, { skew }),
  line(full('按照实施意见', 2), 3, 2, { skew }),
  line(full('分工要求'), 4, 0, { skew }),
  line('现报告如下。', 5, 0, { skew }),
  line(full('一、加快推进', 2), 6, 2, { skew }),
  line('取得实效。', 7, 0, { skew }),
  line('区财政局', 9, 17, { skew }),
  line('2024年3月5日', 10, 16, { skew }),
];

describe('layoutOcr', () => {
  it('rebuilds title, addressee, paragraphs (indent opens, full lines run on) and the signature block', () => {
    expect(paragraphs(report())).toEqual([
      '区财政局关于政策落实情况的报告',
      '区政府办公室：',
      full('按照实施意见', 2) + full('分工要求') + '现报告如下。',
      full('一、加快推进', 2) + '取得实效。',
      '区财政局',
      '2024年3月5日',
    ]);
  });

  it('reads a page skewed by a degree as it reads a straight one', () => {
    expect(paragraphs(report(1))).toEqual(paragraphs(report()));
    expect(paragraphs(report(-0.8))).toEqual(paragraphs(report()));
  });

  it('marks the title as a heading by its larger type, body lines not', () => {
    const blocks = layoutOcr([page(report())]).blocks;
    expect(blocks[0].heading).toBe(true);
    expect(blocks.slice(1).some((b) => b.heading)).toBe(false);
  });

  it('finds the low-confidence characters in the laid-out text', () => {
    const layout = layoutOcr([page([line('区政府办公室：', 0), line('2024年3月5日', 2, 0, { doubt: [5, 6] })])]);
    expect(layout.uncertain.map((s) => layout.text.slice(s.start, s.end))).toEqual(['3月']);
    expect(layout.uncertainChars).toBe(2);
    expect(layout.chars).toBe(7 + 9);
  });

  it('nothing doubtful, nothing marked', () => {
    expect(layoutOcr([page(report())]).uncertain).toEqual([]);
  });

  it('drops spaces the recogniser put between Chinese characters, keeps those between Latin words', () => {
    const spaced = line('区 财政局 PDF A4', 0);
    expect(layoutOcr([page([spaced])]).text).toBe('区财政局PDF A4');
  });
});

describe('widenCjkPunctuation', () => {
  it.each([
    ['市人民政府:', '市人民政府：'],
    ['共同配送,统一规划', '共同配送，统一规划'],
    ['意见(试行)', '意见（试行）'],
    ['是否完成?', '是否完成？'],
    ['加快推进;强化', '加快推进；强化'],
  ])('%s → %s', (read, expected) => {
    expect(widenCjkPunctuation(read)).toBe(expected);
  });

  it.each([['9:30'], ['A,B'], ['(1)'], ['第3条(1)'], ['PDF:A4'], ['15%']])('leaves %s as read', (read) => {
    expect(widenCjkPunctuation(read)).toBe(read);
  });
});
