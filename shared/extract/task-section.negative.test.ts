import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// task-section, negative cases: a section of tasks that numbers its items gives those items, and a section titled
// otherwise (总体要求) still frames.
const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures;

describe('task-section: sections that are no measure of their own', () => {
  it('reads the numbered items of a 主要任务 section, not the section', () => {
    const measures = read([
      '关于做好春运保畅通工作的通知',
      '一、主要任务',
      '(一)省公路局负责国省干线保畅通工作。',
      '(二)省运管局负责道路运输保畅通工作。',
      '二、保障措施',
      '(一)市交通局负责统筹协调。',
    ]);
    expect(measures.map((m) => m.label)).not.toContain('一、');
  });

  it('keeps a 总体要求 paragraph a frame', () => {
    const measures = read([
      '关于做好春运保畅通工作的通知',
      '一、总体要求',
      '坚持以人民为中心，确保春运安全畅通。',
      '二、工作安排',
      '(一)省公路局负责国省干线保畅通工作。',
      '(二)省运管局负责道路运输保畅通工作。',
    ]);
    expect(measures.map((m) => m.label)).toEqual(['(一)', '(二)']);
  });
});
