import { describe, expect, it } from 'vitest';
import { findPageFurniture, repairParagraphs } from '../../shared/text/repair';
import { layoutPdf } from './pdf-layout';
import { ruledPage, type RuledRow } from './__fixtures__/ruled-page';

// header-on-each-page: a table's header row printed again at the top of each page it runs onto is no running header.
const HEADER: RuledRow = [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']];
const row = (n: number, task: string, lead: string): RuledRow => [[String(n)], [task], [lead], ['持续推进']];

describe('header-on-each-page: the header row repeated on each page', () => {
  it('stays a row of the table on every page, through the layout and the repair', () => {
    const pages = [
      ruledPage([HEADER, row(1, '推进证照分离改革。', '县审批局'), row(2, '推进工程审批改革。', '县住建局')], 760, true, 1),
      ruledPage([HEADER, row(3, '做好政策宣传解读。', '县融媒体中心')], 760, true, 2),
      ruledPage([HEADER, row(4, '加强督查考核。', '县政府督查室')], 760, true, 3),
    ];
    const texts = repairParagraphs(layoutPdf(pages).blocks).map((p) => p.text);
    expect(texts.filter((t) => t === '序号 | 工作任务 | 牵头单位 | 完成时限')).toHaveLength(3);
    expect(texts).toContain('3 | 做好政策宣传解读。 | 县融媒体中心 | 持续推进');
  });

  it('is not furniture among blocks: a standalone row of three cells or more', () => {
    const blocks = [1, 2, 3].flatMap((page) => [
      { text: '序号 | 工作任务 | 牵头单位', start: 0, end: 0, page, standalone: true },
      { text: `${page} | 任务 | 县审批局`, start: 0, end: 0, page, standalone: true },
    ]);
    expect(findPageFurniture(blocks).size).toBe(0);
  });
});
