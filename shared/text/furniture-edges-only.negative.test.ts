import { describe, expect, it } from 'vitest';
import { findPageFurniture, type LayoutBlock } from './repair';

// furniture-edges-only, negative cases: a running header or footer that stands nowhere but at the pages' edges is still
// dropped, and a body line that only holds its words in a sentence of its own does not keep it.
const pages = (...lists: string[][]): LayoutBlock[] =>
  lists.flatMap((lines, p) => lines.map((text) => ({ text, start: 0, end: 0, page: p + 1, gap: 'break' as const })));
const texts = (blocks: LayoutBlock[]) => [...findPageFurniture(blocks)].sort((a, b) => a - b).map((i) => blocks[i].text);

describe('furniture-edges-only, negative cases', () => {
  it('drops a header and a numbered footer found only at the edges', () => {
    const blocks = pages(
      ['江城市人民政府文件', '一、总体要求', '坚持问题导向。', '推进改革。', '完成评估。', '江政发〔2024〕3号 第1页'],
      ['江城市人民政府文件', '二、重点任务', '优化服务。', '完善机制。', '加强监管。', '江政发〔2024〕3号 第2页'],
      ['江城市人民政府文件', '三、保障措施', '加强领导。', '强化督查。', '江政发〔2024〕3号 第3页'],
    );
    expect(texts(blocks)).toEqual(['江城市人民政府文件', '江政发〔2024〕3号 第1页', '江城市人民政府文件', '江政发〔2024〕3号 第2页', '江城市人民政府文件', '江政发〔2024〕3号 第3页']);
  });

  it('drops the header when the body only names the issuer inside a sentence', () => {
    const blocks = pages(
      ['江城市人民政府文件', '一、总体要求', '江城市人民政府文件印发后各单位抓好落实。', '推进改革。', '完成评估。'],
      ['江城市人民政府文件', '二、重点任务', '优化服务。', '完善机制。', '加强监管。'],
    );
    expect(texts(blocks)).toEqual(['江城市人民政府文件', '江城市人民政府文件']);
  });
});
