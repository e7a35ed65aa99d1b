// supervised-visit: a 督查 coming to a body that speaks as 我公司 in the same sentence (…莅临产发集团,对我公司落实国企改革工作
// 任务情况开展督查): the body visited reports (news-accounts.ts). Lines adapted from the real report of __fixtures__/real
// (chanfa-group-reform), which is a copy in traditional characters.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { supervisedVisit } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('supervised-visit', () => {
  it.each([
    ['a group speaking as 我公司', '2021年10月29日上午,市国资委企改办副主任苏峥莅临产发集团,对我公司落实国企改革工作任务情况开展督查。', '产发集团'],
    ['a bureau speaking as 我局', '近日,市政府督查组深入县财政局,就我局落实减税降费政策情况进行了督查。', '县财政局'],
  ])('%s', (_what, text, name) => expect(supervisedVisit(lines(text))).toEqual([name]));

  it('reads the traditional copy as the group’s, not the commission’s that came', () => {
    const text = '為確保國有企業三年行動扎實推進,2021年10月29日上午,市國資委企改辦副主任蘇崢蒞臨產發集團,對我公司落實國企改革工作任務情況開展督查,集團公司黨委副書記張結主持會議。\n張結匯報了集團公司國企改革三年行動工作開展情況及相關任務落實情況。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['产发集团']);
  });
});
