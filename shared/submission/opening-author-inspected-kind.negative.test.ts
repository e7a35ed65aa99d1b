// Negative cases of inspected-kind (see opening-author-inspected-kind.test.ts).
import { describe, expect, it } from 'vitest';
import { inspectedSelf } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('inspected-kind: negative cases', () => {
  it.each([
    ['a town speaking of a village it inspected', '县委巡察组对东山村党支部进行了巡察。\n我镇督促该村抓好整改。'],
    ['a town speaking of a school inspected', '县委巡察组对城关中学进行了巡察。\n我镇积极配合做好整改。'],
    ['a school speaking of its town inspected', '县委巡察组对城关镇党委进行了巡察。\n我校组织师生学习整改要求。'],
    ['a school speaking of itself with no inspection named', '我校高度重视安全工作,学校党委多次研究部署。'],
    ['the kind only inside a full name', '城关中学党委召开会议。县委巡察组对城关中学进行了巡察。'],
    ['the inspected named by the kind alone', '县委巡察组对学校党委进行了巡察。我校认真整改。'],
  ])('none for %s', (_what, text) => {
    expect(inspectedSelf(lines(text))).toEqual([]);
  });
});
