import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// subject-opener: a heading run into its paragraph ends where the bodies the paragraph sets to work open its first
// sentence, with what they are to do (各…要, 省政府将, 省级部门要).
describe('subject-opener: the paragraph under a heading opens on the bodies it sets to work', () => {
  it.each([
    ['一、各地自查各市（州）、县（市、区）要按照督查的内容和重点，开展逐项自查。', '各市（州）、县（市、区）要'],
    ['二、部门自查省级部门要按照职责分工，深入自查。', '省级部门要'],
    ['三、重点抽查省政府将对重点地区开展抽查。', '省政府将'],
    ['八、严格规范房地产市场信息发布各自媒体、网络平台要严格遵守有关规定。', '各自媒体、网络平台要'],
    ['七、进一步强化房地产市场监管深入贯彻落实有关部门的通知要求，整治市场秩序。', '深入贯彻落实'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives a one-line notice its headings back', () => {
    const line = '现就有关工作通知如下。一、各地自查各市、县要按照要求开展自查。二、部门自查省级部门要按照职责分工开展自查。三、重点抽查省政府将对重点地区开展抽查。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '现就有关工作通知如下。',
      '一、各地自查',
      '各市、县要按照要求开展自查。',
      '二、部门自查',
      '省级部门要按照职责分工开展自查。',
      '三、重点抽查',
      '省政府将对重点地区开展抽查。',
    ]);
  });
});
