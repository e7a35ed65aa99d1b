// misread-folio: a page's number at its foot 「— 14 —」 read by the recogniser with a dash taken for 1 or a hyphen
// (「14-」) is left out, so the sentence that crosses the page break reads whole (市国资委, not 市国资1 4 -委).
import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import { full, line, page } from './__fixtures__/ocr-lines';
import { isMisreadFolio, layoutOcr } from './ocr-layout';

describe('misread-folio', () => {
  it.each(['14-', '1 4 -', '-12一', '|7_', '一 3 l'])('%s is a page number with its dashes misread', (text) => {
    expect(isMisreadFolio(text)).toBe(true);
  });

  it('leaves the folio at the foot of an even page out of the sentence running over the break', () => {
    const first = page([line(full('（十一）丰富冰雪消费产品', 2), 20, 2), line('（责任单位：市体育局、市园林绿化局、市国资', 21), line('14-', 25, 0)]);
    const second = { ...page([line('委、各区政府）', 0), line(full('（十二）优化冰雪消费环境', 2), 1, 2), line('建设。', 2)]), number: 2 };
    const text = repairParagraphs(layoutOcr([first, second]).blocks).map((p) => p.text);
    expect(text[0]).toContain('市国资委、各区政府）');
    expect(text.join('\n')).not.toMatch(/14/);
  });
});
