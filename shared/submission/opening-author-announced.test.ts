// Two wordings of a report's opening that name its author without a title, signature or header:
//   - supervision-progress: a 督查 office tracking how far tasks have got, which its return reports, announced or not
//     (区政府督查室对我区为民办实事项目1-9月份进展情况进行跟踪督查);
//   - announced-body: the sentence announcing the report names the body whose year it reports (现将省政府2022年度法治政府
//     建设情况报告如下).
// Negative cases in opening-author-announced.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { announcedBody, authorInOpening, progressTracker } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('supervision-progress: the 督查 office tracking the progress its return reports', () => {
  it.each([
    ['今年,区委区政府共兴办17件惠民实事项目(含25个子项目)。近日,区政府督查室对我区为民办实事项目1-9月份进展情况进行跟踪督查。其中,老旧小区改造等项目进度相对缓慢。', '区政府督查室'],
    ['近期，县政府督查室对2023年政府工作报告主要目标任务一季度完成情况进行了跟踪督办。', '县政府督查室'],
    ['3月10日，市委督查室就全市十件民生实事推进情况开展专项督查，其中8件按序时推进。', '市委督查室'],
    ['日前 ,县委县政府督查室对全县重点项目落实情况开展了督查。', '县委县政府督查室'],
  ])('%s → %s', (text, name) => {
    expect(authorInOpening(lines(text))).toEqual([name]);
  });

  it('reads the sentences it is given', () => {
    expect(progressTracker(['近日，区政府督查室对全区重点工作推进情况进行了督查。'])).toEqual(['区政府督查室']);
  });
});

describe('announced-body: the body the announcing sentence names before the year it reports', () => {
  it.each([
    ['根据《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号)要求,现将省政府2022年度法治政府建设情况报告如下。一、2022年主要工作', '省政府'],
    ['根据县委要求，现将县民政局2023年工作情况汇报如下：', '县民政局'],
    ['现将下洋镇人民政府二〇二三年法治政府建设工作情况报告如下。', '下洋镇人民政府'],
  ])('%s → %s', (text, name) => {
    expect(authorInOpening(lines(text))).toEqual([name]);
  });

  it('reads the sentences it is given', () => {
    expect(announcedBody(['现将市审计局2022年度工作情况报告如下。'])).toEqual(['市审计局']);
  });
});
