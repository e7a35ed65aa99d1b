import { describe, expect, it } from 'vitest';
import { findPageFurniture, repairParagraphs, type LayoutBlock } from './repair';

// furniture-edges-only: a line repeated at the tops or feet of pages is the document's own when it also stands between
// them on some page. A division of work that follows each target with 「牵头单位：…」 repeats the same duty line under
// several targets; a page turn may leave two of them at a page's top or foot.
const pages = (...lists: string[][]): LayoutBlock[] =>
  lists.flatMap((lines, p) => lines.map((text) => ({ text, start: 0, end: 0, page: p + 1, gap: 'break' as const })));

describe('furniture-edges-only', () => {
  const blocks = pages(
    ['立山区政府2023年重点工作任务分解和责任分工方案', '一、经济社会发展的主要预期目标', '1.努力实现地区生产总值增长6.2%左右。', '牵头单位：区发改局'],
    ['牵头单位：区发改局', '2.规模上工业增加值增长5%左右。', '牵头单位：区工信局', '3.固定资产投资增长15%左右。', '牵头单位：区发改局', '4.社会消费品零售总额增长9%左右。', '牵头单位：区商务局', '6.居民收入增长与经济增长基本同步。', '牵头单位：区发改局'],
  );

  it('keeps a duty line that a page turn leaves at a page’s top or foot when it also stands in a page’s body', () => {
    expect(findPageFurniture(blocks).size).toBe(0);
  });

  it('leaves each target its lead', () => {
    const texts = repairParagraphs(blocks).map((p) => p.text);
    expect(texts.filter((t) => t === '牵头单位：区发改局')).toHaveLength(4);
  });
});
