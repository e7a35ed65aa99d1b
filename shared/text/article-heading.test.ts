import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// article-heading: an article's heading in brackets right after its number (「第三条（定义）」) ends where its bracket
// closes, when the article's text runs on after it.
describe('article-heading: an article run into its text ends its heading at the bracket', () => {
  it.each([
    ['第三条（定义）综合用地是指土地用途分类中单一宗地具有两类以上使用性质。', '综合用地是指'],
    ['第四条 （规划和用地）由镇规划建设办牵头负责，将村庄道路纳入村庄规划。', '由镇规划建设办'],
    ['第十七条(养护定额和标准)村庄道路养护定额参考本市定额执行。', '村庄道路养护'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives one-line rules their article headings back', () => {
    const line = '第一章总则第一条（目的）为加强管理，制定本办法。第二条（适用范围）本镇行政区域内适用本办法。第三条（管理部门）镇规划建设办是主管部门。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '第一章总则',
      '第一条（目的）',
      '为加强管理，制定本办法。',
      '第二条（适用范围）',
      '本镇行政区域内适用本办法。',
      '第三条（管理部门）',
      '镇规划建设办是主管部门。',
    ]);
  });
});
