// inspected-kind: a town or a school speaking of itself as 镇党委, 学校党委, 我镇 or 我校 is the town or school named as the
// one inspected: …对民和镇党委开展了巡察 … 我镇及时召开党委会议 → 民和镇党委. Lines adapted from the real reports of
// __fixtures__/real (minhe-town-inspection, yangzhou-school, haimen-school). Negative cases in
// opening-author-inspected-kind.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { inspectedSelf } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('inspected-kind: the town or school inspected, speaking of itself by its kind', () => {
  it.each([
    ['a town speaking as 我镇', '按照市委统一部署,市委第二巡察组对民和镇党委开展了巡察。\n巡察意见反馈后,我镇及时召开党委会议,全面部署整改工作。', '民和镇党委'],
    ['a town speaking as 镇党委', '县委第一巡察组对城关镇党委进行了巡察。\n镇党委书记主持召开整改部署会。', '城关镇党委'],
    ['a school speaking as 学校党委', '市委第二巡察组对扬州大学附属中学党委开展了巡察。\n学校党委担负主体责任,逐一制定整改措施。', '扬州大学附属中学党委'],
    ['a school the feedback went to as 学校党委', '巡察二组对江苏省海门中学进行了巡察。2019年12月18日,向学校党委反馈了巡察意见。', '江苏省海门中学'],
    ['a school speaking as 我校', '县委第二巡察组对红旗小学党支部进行了巡察。\n我校召开专题会议研究整改工作。', '红旗小学党支部'],
  ])('%s', (_what, text, name) => {
    expect(inspectedSelf(lines(text))).toEqual([name]);
  });

  it('the reading of such a report names that body', () => {
    const text = '按照市委统一部署,市委第二巡察组对民和镇党委开展了巡察。现将巡察整改阶段进展情况予以公布。\n巡察意见反馈后,我镇及时召开党委会议,直面问题。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['民和镇党委']);
  });
});
