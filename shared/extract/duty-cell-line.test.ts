import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';
import { extractPolicy } from './policy';

const read = (lines: string[]) => {
  const m = extractPolicy({ paragraphs: repairParagraphs(textBlocks(lines.join('\n'))) }).measures;
  return m.map((x) => `${x.title} / ${x.lead.join('、')}`);
};

// duty-cell-line: a line that is wholly a table's cell of bodies closing on who leads (市发改委牵头落实) stands after the
// step it answers for, joined neither to it nor to the next step; each such line names leads of the measure.
describe('duty-cell-line: the cell of bodies after each step', () => {
  it('reads the leads of every step, one body or several that each lead', () => {
    expect(
      read([
        '某市2017年政务公开工作要点实施方案',
        '一、以政务公开助力稳增长',
        '(一)加强预期引导',
        '围绕全市经济政策执行落实情况,及时宣传解读。',
        '市发改委牵头落实',
        '围绕就业创业政策,加强信息公开。',
        '市人社局牵头落实',
        '围绕货币政策,加强金融政策信息公开。',
        '市金融办、人民银行某市中心支行分别牵头落实',
        '加强财政政策信息公开,按月公开财政收支情况。',
        '市财政局牵头落实',
      ]),
    ).toEqual(['加强预期引导 / 市发改委、市人社局、市金融办、人民银行某市中心支行、市财政局']);
  });
});
