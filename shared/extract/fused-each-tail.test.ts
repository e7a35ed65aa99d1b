import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { readNameList } from './departments';

const names = (s: string) => readNameList(s).map((x) => x.name);
const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.lead.join('、')} / ${m.support.join('、')} / ${m.generic.join('、')}`);

// fused-each-tail: the names of a cell set apart by spaces arrive fused once the spaces go; every government or zone of
// a kind after 各 at the end of the run is a name of its own, and its 各 heads the 、-run after it.
describe('fused-each-tail: bodies fused with the generic run after them', () => {
  it('parts a body from the 各 run fused onto it, the run staying generic', () => {
    expect(names('市财政局各县市区政府、开发区管委会')).toEqual(['市财政局', '各县市区政府', '各开发区管委会']);
    expect(names('市财政局市工业和信息化局各县市区政府、开发区管委会')).toEqual(['市财政局', '市工业和信息化局', '各县市区政府', '各开发区管委会']);
    expect(names('县教育局 各乡镇')).toEqual(['县教育局', '各乡镇']);
  });

  it('reads a table cell of supporters set apart by spaces before the generic governments', () => {
    expect(
      read([
        '序号 | 目标与任务 | 牵头责任单位 | 责任单位 |',
        '(1) | 统筹衔接消费券发放。 | 市商务局 | 市财政局 市工业和信息化局 各县市区政府、 开发区管委会 |',
        '(2) | 设立消费促进基金。 | 市发展改革委 市商务局 | 市财政局 各县市区政府、 开发区管委会 |',
      ]),
    ).toEqual(['市商务局 / 市财政局、市工业和信息化局 / 各县市区政府、各开发区管委会', '市发展改革委、市商务局 / 市财政局 / 各县市区政府、各开发区管委会']);
  });
});
