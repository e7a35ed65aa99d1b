import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// subject-issues: a body that returns a filed form or issues a permit carries that step (「施工许可手续办结后，镇规建办
// 反馈建设单位《…备案表》一份，并发放施工许可证」, 七宝镇, 2020, 三、4.).
describe('subject-issues: the office returning the form or issuing the permit carries the step', () => {
  it.each([
    ['施工许可手续办结后，镇规建办反馈建设单位《施工备案表》一份，并发放施工许可证。', '镇规建办'],
    ['区住房保障中心发放租赁补贴。', '区住房保障中心'],
  ])('%s', (text, name) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([name]);
  });
});
