// own-summary-meeting: a news item on a body holding the meeting that sums up its own work names that body.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { ownSummaryMeeting } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('own-summary-meeting', () => {
  it.each([
    ['after purpose clauses', '为贯彻落实市审计局工作思路,推动活动取得成效,近日,某区审计局召开2023年度半年总结会。', ['某区审计局']],
    ['after a day and its half', '7月5日上午,某县统计局召开上半年工作总结会议,回顾半年工作。', ['某县统计局']],
    ['a year’s summary meeting', '日前,某区民政局召开2022年度工作总结大会。', ['某区民政局']],
  ])('names the body %s', (_what, text, names) => {
    expect(ownSummaryMeeting(lines(text))).toEqual(names);
  });

  it('names the bureau of a half-year summary news item with no title or signature', () => {
    const text = [
      '为贯彻落实市审计局“工作落实年”工作思路,在全区审计系统营造浓厚氛围,近日,某区审计局召开2023年度半年总结会。',
      '会上,局各科室负责人逐一汇报工作,对上半年工作完成情况进行总结。',
    ].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.departments).toEqual(['某区审计局']);
  });
});
