import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { proseDuties } from './prose-duty';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures;

// The requirement-label rule: a clause that is only a field's label (督办要求：, 工作要求：) names no one.
describe('prose-duty: a field labelled as a requirement', () => {
  it('reads no body from the label', () => {
    expect(proseDuties('4、督办要求:对照教育强镇(区)的工作要求,全面检查工作进展情况。')).toEqual([]);
  });

  it('leaves the bodies sending staff as the only ones answering for the item', () => {
    const [m] = read('(六)推进教育强镇(区)工作进展情况。', '1、督查时间:2004年9月中旬。', '2、人员安排:市教育局、人事局各安排1名副局长,组成3个督查小组。', '3、督办要求:全面检查工作进展情况。');
    expect(m.lead).toEqual(['市教育局', '市人事局']);
  });
});
