// Negative cases of inspected-self (see opening-author-inspected.test.ts).
import { describe, expect, it } from 'vitest';
import { inspectedSelf } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('inspected-self: negative cases', () => {
  it.each([
    ['the report does not speak as the kind alone', '市委第二巡察组向县卫生健康局党组反馈巡察情况。会议要求各单位抓好整改。'],
    ['the body fed back to is of another kind', '5月18日,院党委召开党委会。市委巡察组向县卫生健康局党组反馈巡察情况。'],
    ['the kind named only as part of a full name', '区人民医院党委召开会议。市委巡察组向县卫生健康局党组反馈巡察情况。'],
    ['no inspection’s feedback named', '5月18日,院党委召开党委会,研究部署年度重点工作。'],
  ])('none when %s', (_what, text) => {
    expect(inspectedSelf(lines(text))).toEqual([]);
  });
});
