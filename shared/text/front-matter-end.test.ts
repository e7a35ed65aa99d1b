import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

const pieces = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

// front-matter-end: a cover notice run on into the policy it sends ends on the date of the signature or on the
// document number, with no full stop; the first number of the list may follow those, or the title's last word
// (title-then-list: 「…工作责任分解一、…」).
describe('front-matter-end: a list may begin right after a date, a document number or a title', () => {
  it.each([
    [
      '现印发给你们。厦门市人民政府办公厅2019年1月16日（一）甲项。（二）乙项。（三）丙项。',
      ['现印发给你们。厦门市人民政府办公厅2019年1月16日', '（一）甲项。', '（二）乙项。', '（三）丙项。'],
    ],
    ['二〇一九年二月十八日1.甲项。2.乙项。3.丙项。', ['二〇一九年二月十八日', '1.甲项。', '2.乙项。', '3.丙项。']],
    ['工信部联信管〔2024〕256号（十）甲项。（十一）乙项。（十二）丙项。', ['工信部联信管〔2024〕256号', '（十）甲项。', '（十一）乙项。', '（十二）丙项。']],
    [
      '主要工作责任分解一、市长主抓重点工作1.制定政策。责任单位：财政局2.落实减负。责任单位：发改局3.推进改革。',
      ['主要工作责任分解', '一、市长主抓重点工作', '1.制定政策。责任单位：财政局', '2.落实减负。责任单位：发改局', '3.推进改革。'],
    ],
    // the list starts again after the title of the document the cover sends, the cover's own 一、二、三 before it
    [
      '一、甲要高度重视。二、乙要加强考核。三、丙要跟踪督办。2023年1月3日目标任务责任分解方案一、主要预期目标（一）生产总值增长7%以上责任单位：区发展和改革局（二）工业增加值增长12%以上责任单位：区科技和经信局',
      ['一、甲要高度重视。', '二、乙要加强考核。', '三、丙要跟踪督办。2023年1月3日目标任务责任分解方案', '一、主要预期目标', '（一）生产总值增长7%以上责任单位：区发展和改革局', '（二）工业增加值增长12%以上责任单位：区科技和经信局'],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
