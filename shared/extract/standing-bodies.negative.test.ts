import { describe, expect, it } from 'vitest';
import { applyConventions, readConventions } from './lead-convention';

describe('standing bodies: negative cases', () => {
  it.each([
    '（生态环境部牵头。以下均需试点城市政府落实，不再列出）',
    '（省发展改革委等按职责分工负责，各市、县人民政府负责落实。以下均需各市、县人民政府落实，不再一一列出）',
    '〔责任单位：省发展改革委。具体任务均涉及相关市（州）人民政府，不再做分工，下同〕',
  ])('a generic actor alone adds no body: %s', (text) => {
    const { conventions } = readConventions(text);
    expect(conventions.map((c) => c.bodies ?? [])).toEqual([[]]);
    const out = applyConventions({ lead: ['省商务厅'], support: [], joint: false, generic: [] }, conventions);
    expect(out.lead).toEqual(['省商务厅']);
    expect(out.joint).toBe(false);
    expect(out.generic).toHaveLength(1);
  });

  it('a body in a convention that holds for its own measure only is not carried on', () => {
    const { conventions } = readConventions('（市教委负责，北京经济技术开发区管委会配合）');
    expect(conventions).toEqual([]);
  });
});
