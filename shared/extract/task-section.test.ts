import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// task-section: a section titled as the tasks (主要任务, 重点任务, 工作任务) that numbers none of them is a measure of
// its own, beside the numbered measures of the other sections.
const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures;

describe('task-section: an unnumbered section of tasks', () => {
  it('reads the section as one measure, before the numbered ones', () => {
    const measures = read([
      '关于做好春运保畅通工作的通知',
      '一、保畅通工作的主要任务:',
      '协调指导全省交通运输单位搞好春运期间交通运输保畅通工作,确保高速公路安全畅通。',
      '二、保畅通工作措施:',
      '(一)省公路局负责国省干线保畅通工作。',
      '(二)省运管局负责道路运输保畅通工作。',
    ]);
    expect(measures.map((m) => [m.label, m.title])).toEqual([
      ['一、', '保畅通工作的主要任务'],
      ['(一)', '省公路局负责国省干线保畅通工作'],
      ['(二)', '省运管局负责道路运输保畅通工作'],
    ]);
  });
});
