// rectification-session: a news item whose first sentence has a body holding a meeting named for its rectification after
// an inspection (徐行镇召开巡察整改动员部署会议), or a body set up for that rectification holding any meeting
// (中核集团专项巡视整改工作领导小组办公室在集团公司总部召开第三次例会), is that body's own account (news-accounts.ts). Lines
// adapted from the real reports of __fixtures__/real (xuhang-town-rectification, jiaotong-department-inspection,
// cnnc-inspection-office).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { rectificationSession } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('rectification-session', () => {
  it.each([
    ['a town named bare: its government', '4月29日,徐行镇召开巡察整改动员部署会议,传达区委巡察整改工作会议精神。', '徐行镇人民政府'],
    ['a street named bare: its office', '3月2日,留下街道召开巡察整改推进会,部署下一阶段工作。', '留下街道办事处'],
    ['a department’s Party group and its 回头看 meeting', '10月20日,省交通运输厅党组召开2021年巡察暨2020年巡察整改情况“回头看”情况汇报会。', '省交通运输厅党组'],
    ['a group’s rectification office, somewhere of its own', '7月22日,中核集团专项巡视整改工作领导小组办公室在集团公司总部召开第三次例会。', '中核集团专项巡视整改工作领导小组办公室'],
    ['a hospital’s Party committee', '近日,县人民医院党委召开巡察反馈问题整改工作推进会。', '县人民医院党委'],
  ])('%s', (_what, text, name) => expect(rectificationSession(lines(text))).toEqual([name]));

  it('reads the town’s item as the town’s, not the district Party committee’s whose inspection it answers', () => {
    const text = [
      '4月29日,徐行镇召开巡察整改动员部署会议,传达区委巡察整改工作会议精神,根据区委要求和区委第一巡察组反馈的问题,研究部署徐行镇巡察反馈问题整改工作。镇党委书记娄庆梅出席会议并讲话。',
      '会议对《徐行镇党委巡察整改工作推进落实方案》进行了细致解读。',
    ].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['徐行镇人民政府']);
  });
});
