import { describe, expect, it } from 'vitest';
import { repairParagraphs, startsNewItem } from './repair';

// year-item, negative cases: a decimal is no item, and a figure that is no year stays part of its number.

const blocks = (...lines: string[]) => lines.map((text, i) => ({ text, start: i * 100, end: i * 100 + text.length }));

describe('year-item: what is no item', () => {
  it.each([
    '2.5亿元用于项目建设',
    '1.2024万元已拨付到位',
    '3.2019',
    '2.20年以上的老旧小区',
    '12.3%的增速',
    '2024年重点工作任务清单',
  ])('%s opens no item', (line) => {
    expect(startsNewItem(line)).toBe(false);
  });

  it('still joins a sentence a break cut in two before a decimal figure', () => {
    const paragraphs = repairParagraphs(blocks('今年以来全市累计完成固定资产投资总额达到', '2.5亿元,同比增长8.6%。'));
    expect(paragraphs.map((p) => p.text)).toEqual(['今年以来全市累计完成固定资产投资总额达到2.5亿元,同比增长8.6%。']);
  });
});
