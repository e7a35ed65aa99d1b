import { describe, expect, it } from 'vitest';
import { itemsAfterDutyBracket } from './items-after-duty-bracket';
import { repairParagraphs } from './repair';

const pieces = (text: string) => {
  const starts = [0, ...itemsAfterDutyBracket(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

describe('items-after-duty-bracket: the next item run on right after the duty bracket closing the one before', () => {
  it.each([
    [
      '(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)',
      ['(一)地区生产总值增长11%左右。(省发改委负责)', '(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)'],
    ],
    [
      '1.抓好省级重点产业项目,确保年度投资达到2000亿元。(省发改委主办,省工信委协办)2.重点抓好一批项目。(省工信委主办,省发改委协办)',
      ['1.抓好省级重点产业项目,确保年度投资达到2000亿元。(省发改委主办,省工信委协办)', '2.重点抓好一批项目。(省工信委主办,省发改委协办)'],
    ],
    // full-width brackets, a labelled bracket, three items
    [
      '（三）推进改革。（责任单位：县财政局）（四）建设平台。（县商务局牵头，县财政局配合）（五）完善机制。（县住建局负责）',
      ['（三）推进改革。（责任单位：县财政局）', '（四）建设平台。（县商务局牵头，县财政局配合）', '（五）完善机制。（县住建局负责）'],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('gives each item a paragraph of its own when the page is repaired', () => {
    const text = '(七)收入增长12%以上。(省发改委、农委、统计局分别负责)(八)物价涨幅控制在3.5%左右。(省物价监管局负责)';
    expect(repairParagraphs([{ text, start: 0, end: text.length }]).map((p) => p.text)).toEqual([
      '(七)收入增长12%以上。(省发改委、农委、统计局分别负责)',
      '(八)物价涨幅控制在3.5%左右。(省物价监管局负责)',
    ]);
  });
});
