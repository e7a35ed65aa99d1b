import { describe, expect, it } from 'vitest';
import { withoutTailReferences } from './short-names';

// tail-reference: 中心 after 镇城乡建管中心 in one measure is that centre, written short.
describe('tail-reference: the end of a name given a duty in the same measure is that body', () => {
  it('drops the short form', () => {
    expect(withoutTailReferences(['镇城乡建管中心', '中心'], [])).toEqual({ lead: ['镇城乡建管中心'], support: [] });
    expect(withoutTailReferences(['街道垃圾分类工作领导小组'], ['领导小组'])).toEqual({ lead: ['街道垃圾分类工作领导小组'], support: [] });
  });
});
