// Negative cases of supervision-progress and announced-body (see opening-author-announced.test.ts).
import { describe, expect, it } from 'vitest';
import { announcedBody, authorInOpening, progressTracker } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('supervision-progress: negative cases', () => {
  it.each([
    // the office at work, but on no progress of tasks: not the return's author by this wording
    '县政府督查室对全县重点项目开展了专项督查。各乡镇要认真整改。',
    // the report speaks as a body of its own; the office is another body met at its work
    '近日，县政府督查室对全县重点项目进展情况进行了督查，我局积极配合，逐项对照整改。',
    // the office inspected the reporting body
    '县政府督查室对我镇重点工作落实情况进行了督查。',
    // an inspection team, not a 督查 office
    '近日，市督查组对我区重点项目推进情况进行了督查。',
    // the office named, but as the one the progress is reported to
    '各单位要将进展情况报县政府督查室。',
  ])('%s', (text) => {
    expect(authorInOpening(lines(text))).toEqual([]);
    expect(progressTracker([text])).toEqual([]);
  });
});

describe('announced-body: negative cases', () => {
  it.each([
    // no body before the year
    '现将2022年度法治政府建设情况报告如下。',
    '现将有关情况报告如下。',
    // 我局 and a whole place are no names
    '现将我局2023年工作情况汇报如下。',
    '现将全县2023年重点工作推进情况汇报如下。',
    // a government's work report is its tasks, reported on by another body
    '现将县政府2023年《政府工作报告》重点任务落实情况汇报如下。',
    '现将市政府2024年政府工作报告目标任务完成情况报告如下。',
    // a 通报 is on other bodies' work
    '现将县民政局2023年工作落实情况通报如下。',
  ])('%s', (text) => {
    expect(authorInOpening(lines(text))).toEqual([]);
    expect(announcedBody([text])).toEqual([]);
  });
});
