import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// subject-draws-on: a body doing the work drawing on its own (A结合…，及时收集…) is its subject.
describe('subject-draws-on: 局综合科结合…', () => {
  it('reads the section that gathers and publishes the information', () => {
    const r = proseResponsibility('局综合科结合我局日常工作和公开目录,及时收集、审核、发布各类应主动公开的信息。');
    expect(r?.lead).toEqual(['综合科']);
  });

  it('reads a bureau drawing on the plan the same way', () => {
    expect(proseResponsibility('区教育局结合年度计划,组织开展专项检查。')?.lead).toEqual(['区教育局']);
  });
});
