import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// duty-clause: a heading run into its paragraph ends where a clause naming who answers opens the paragraph
// (「由A副市长负责,B牵头,…」).
describe('duty-clause: the paragraph under a heading opens on who answers', () => {
  it.each([
    ['1、在兰州设立综合配套改革试验区事宜由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成方案。', '由杨志武副市长负责'],
    ['（二）城市轨道交通项目由市建设局牵头，市发改委配合，修改完善建设方案。', '由市建设局牵头'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives a one-line task list its headings back', () => {
    const line =
      '1、综合配套改革试验区事宜由甲副市长负责,市发改委牵头,相关部门配合,尽快完成方案。2、大气污染防治研究项目由乙副市长负责,市环保局牵头,相关部门配合,完成报批。3、污水处理厂项目由乙副市长负责,市建委牵头,相关部门配合,充实前期工作。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '1、综合配套改革试验区事宜',
      '由甲副市长负责,市发改委牵头,相关部门配合,尽快完成方案。',
      '2、大气污染防治研究项目',
      '由乙副市长负责,市环保局牵头,相关部门配合,完成报批。',
      '3、污水处理厂项目',
      '由乙副市长负责,市建委牵头,相关部门配合,充实前期工作。',
    ]);
  });
});
