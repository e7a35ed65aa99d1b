// feedback-pledge: at an inspection's feedback the head of the body inspected pledges for it (…代表太和县人民医院党委就做好
// 巡察整改作表态发言, 姜南社区党支部书记张明郑重表态), the item naming that body as the one inspected: the item is that body's
// account (news-accounts.ts). Lines adapted from the real reports of __fixtures__/real (taihe-hospital-feedback,
// jiangnan-community-feedback).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { feedbackPledge } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('feedback-pledge', () => {
  it.each([
    [
      'a head pledging for the hospital’s Party committee',
      '近日,市委第六专项巡察组巡察太和县人民医院党委情况反馈会召开。\n祝振华代表太和县人民医院党委就做好巡察整改作表态发言。',
      '太和县人民医院党委',
    ],
    [
      'a community’s Party branch secretary pledging',
      '区委第一巡察组对姜南社区开展巡察。会上,巡察组反馈了姜南社区存在的5类主要问题。针对以上问题,姜南社区党支部书记张明郑重表态:坚决整改。',
      '姜南社区党支部',
    ],
    [
      'a bureau’s head pledging after the feedback',
      '县委第二巡察组向县林业局党组反馈了巡察意见。王强代表县林业局党组作表态发言。',
      '县林业局党组',
    ],
  ])('%s', (_what, text, name) => expect(feedbackPledge(lines(text))).toEqual([name]));

  it('reads the hospital’s feedback item as the hospital Party committee’s', () => {
    const text = '近日,阜阳市委医疗卫生领域第六专项巡察组巡察太和县人民医院党委情况反馈会召开。阜阳市委医疗卫生领域第六专项巡察组组长张雷,太和县委常委、组织部长、统战部长刘健出席。\n张雷代表阜阳市委医疗卫生领域第六专项巡察组通报巡察发现6方面17项问题。\n祝振华代表太和县人民医院党委就做好巡察整改作表态发言。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['太和县人民医院党委']);
  });
});
