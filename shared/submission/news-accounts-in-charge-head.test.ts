// in-charge-head: on a visit, a body's head written by post as the one in charge goes through how far its work has got
// (叶塘镇党委主要负责同志就落实市委巡察组反馈意见整改进展情况进行了汇报): the body, or its Party organisation, reports
// (news-accounts.ts, reportingHead). Lines adapted from the real report of __fixtures__/real (yetang-town-inspection).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { reportingHead } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('in-charge-head', () => {
  it.each([
    ['a town’s Party committee', '叶塘镇党委主要负责同志就落实市委巡察组反馈意见整改进展情况进行了汇报。', '叶塘镇党委'],
    ['a bureau, 负责同志 alone', '会上,县财政局负责同志对减税降费政策落实情况进行详细汇报。', '县财政局'],
  ])('%s', (_what, text, name) => expect(reportingHead(lines(text))).toEqual([name]));

  it('reads the town’s item as the town’s, not the 督查组’s that came', () => {
    const text =
      '10月17日上午,市委第二督察整改督查组到叶塘镇开展巡察整改督查工作,并召开专题督查工作会议。会议由叶塘镇党委主要负责同志主持。 叶塘镇党委主要负责同志就落实市委巡察组反馈意见整改进展情况进行了汇报。按照市委巡察工作的统一部署,兴宁市委机动巡察一组对叶塘镇党委进行了政治巡察。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['叶塘镇党委']);
  });
});
