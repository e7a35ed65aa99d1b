import { describe, expect, it } from 'vitest';
import { closingParagraphStart } from './closing-paragraph';
import { repairParagraphs } from './repair';

const split = (piece: string) => {
  const at = closingParagraphStart(piece);
  return at === null ? [piece] : [piece.slice(0, at), piece.slice(at)];
};

// closing-paragraph: what follows the last measure's duty bracket opens a paragraph of its own.
describe('closing-paragraph: the paragraphs after the last measure', () => {
  it.each([
    [
      '九、保持政务服务不打烊。春节期间保留必要窗口。（责任单位：市政务服务数据管理局）本政策措施自印发之日起实施，有效期至2026年3月31日。',
      ['九、保持政务服务不打烊。春节期间保留必要窗口。（责任单位：市政务服务数据管理局）', '本政策措施自印发之日起实施，有效期至2026年3月31日。'],
    ],
    [
      '十一、严格落实防控要求。（联席会议成员单位按职责分工负责）各地各相关部门要充分认识稳定消费的重要性。',
      ['十一、严格落实防控要求。（联席会议成员单位按职责分工负责）', '各地各相关部门要充分认识稳定消费的重要性。'],
    ],
  ])('%s', (piece, expected) => {
    expect(split(piece)).toEqual(expected);
  });

  it('gives the closing paragraph its own place in a repaired one-line policy', () => {
    const line =
      '一、甲项工作。（责任单位：市财政局）二、乙项工作。（责任单位：市商务局）三、丙项工作。（责任单位：市税务局）本措施自2022年6月1日起实行，有效期至2023年12月31日止。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '一、甲项工作。（责任单位：市财政局）',
      '二、乙项工作。（责任单位：市商务局）',
      '三、丙项工作。（责任单位：市税务局）',
      '本措施自2022年6月1日起实行，有效期至2023年12月31日止。',
    ]);
  });
});
