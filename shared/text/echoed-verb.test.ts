import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// echoed-verb: a heading opening on a verb of the genre's headings, run into its paragraph, ends where the paragraph's
// first sentence opens on the same verb with an object of its own.
describe('echoed-verb: the paragraph under a heading opens on the heading\'s verb again', () => {
  it.each([
    ['17.规范房地产中介市场规范房地产经纪服务，严厉打击违法行为。', '规范房地产经纪服务'],
    ['5.鼓励绿色低碳示范工程鼓励有条件的园区打造示范区。', '鼓励有条件的'],
    ['（三）优化建设项目审批优化工程建设项目审批程序。', '优化工程建设'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives one-line measures their headings back', () => {
    const line = '具体措施如下：1.规范中介市场规范房地产经纪服务。2.优化审批流程优化项目审批程序。3.加强监督管理加强对项目的全过程监管。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '具体措施如下：',
      '1.规范中介市场',
      '规范房地产经纪服务。',
      '2.优化审批流程',
      '优化项目审批程序。',
      '3.加强监督管理',
      '加强对项目的全过程监管。',
    ]);
  });
});
