// inspected-self: a body speaking of itself by its kind alone (院党委, 局党组) names itself as the one an inspection's
// feedback went to: 院党委召开党委会… 《…巡察宣城市中心医院党委的反馈意见》 → 宣城市中心医院党委.
// Negative cases in opening-author-inspected.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { inspectedSelf } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('inspected-self: the body the feedback went to, speaking of itself by its kind', () => {
  it.each([
    [
      '5月18日下午,院党委召开党委会专题研究部署巡察反馈整改工作。\n第一,学习区委巡察办《关于印发区委医疗卫生领域专项巡察组<关于医疗卫生领域专项巡察宣城市中心医院党委的反馈意见>的通知》。',
      '宣城市中心医院党委',
    ],
    ['3月2日,市委第二巡察组向县卫生健康局党组反馈巡察情况。\n会后,局党组立即研究部署整改工作。', '县卫生健康局党组'],
    ['2023年5月,区委巡察组对区人民医院党委进行了巡察。\n院党委高度重视,逐项制定整改措施。', '区人民医院党委'],
  ])('%s → %s', (text, name) => {
    expect(inspectedSelf(lines(text))).toEqual([name]);
  });

  it('the reading of such a report names that body', () => {
    const text = '为确保巡察反馈意见整改落实,5月18日下午,院党委召开党委会专题研究部署整改工作。\n学习《关于专项巡察宣城市中心医院党委的反馈意见》。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['宣城市中心医院党委']);
  });
});
