import { describe, expect, it } from 'vitest';
import { repairParagraphs, type LayoutBlock } from './repair';

function lines(...specs: [string, LayoutBlock['gap']][]): LayoutBlock[] {
  let at = 0;
  return specs.map(([text, gap], i) => {
    const block: LayoutBlock = { text, start: at, end: at + text.length, page: 1, ...(i > 0 ? { gap } : {}) };
    at += text.length + 1;
    return block;
  });
}

const texts = (blocks: LayoutBlock[]) => repairParagraphs(blocks).map((p) => p.text);

// Sentences that wrap onto or across a 文号 stay whole.
describe('doc-number-line: a 文号 inside a wrapped sentence', () => {
  it('joins a sentence whose wrapped line ends on the 文号 it cites', () => {
    expect(texts(lines(['各单位要认真贯彻落实省政府办公厅印发的', undefined], ['川办发〔2016〕20号', 'soft'], ['文件精神，抓好各项任务落实。', 'soft']))).toEqual([
      '各单位要认真贯彻落实省政府办公厅印发的川办发〔2016〕20号文件精神，抓好各项任务落实。',
    ]);
  });

  it('joins a sentence wrapped across two lines', () => {
    expect(texts(lines(['为让人民群众生活得更有保障、更加幸福，现将2016年民生实事目标', undefined], ['任务分解下达，请各责任单位认真研究。', 'soft']))).toEqual([
      '为让人民群众生活得更有保障、更加幸福，现将2016年民生实事目标任务分解下达，请各责任单位认真研究。',
    ]);
  });

  it('joins a line that opens on a 文号 and goes on', () => {
    expect(texts(lines(['根据《关于加强民生实事督办工作的通知》', undefined], ['（川办发〔2016〕20号）要求，各地抓好落实。', 'soft']))).toEqual([
      '根据《关于加强民生实事督办工作的通知》（川办发〔2016〕20号）要求，各地抓好落实。',
    ]);
  });
});
