import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// lone-heading-item, where it must not fire: a heading with no points whose paragraph gives no duty (it frames), and a
// section whose headings have no points at all (its headings are the measures as before).
describe('lone-heading-item: negative cases', () => {
  const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((x) => x.label);

  it('leaves a lone heading with no duty out', () => {
    expect(
      read(['实施方案', '一、综合施策', '（一）落实企业主体责任', '1．落实充装单位主体责任。督促落实。（市局特种设备安全监察处负责）', '2．落实生产单位主体责任。督促落实。（市局产品质量安全监督管理处负责）', '（二）总体考虑', '坚持问题导向，统筹推进。']),
    ).toHaveLength(2);
  });
});
