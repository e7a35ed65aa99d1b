import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// scope-section: a section titled 工作范围 or 实施范围 lists what the work covers; its items naming no body frame it.
describe('scope-section: 工作范围 frames', () => {
  it('drops the scope list', () => {
    const text = [
      '某镇市容环境常态化管理考核实施意见',
      '一、工作范围',
      '1、农村道路保洁',
      '2、农村河道保洁',
      '二、工作内容',
      '1、市容办负责业务指导及每月对各村的考核。',
      '2、市容办负责管理考核督查队员和机动人员。',
    ];
    expect(read(text)).toEqual(['二、1、', '二、2、']);
  });
});
