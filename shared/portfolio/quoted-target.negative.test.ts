import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../extract/policy';
import { policyTargets, quotedTargetPolicy } from './quoted-target';

const extract = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) });

// quoted-target: what it leaves to the other rules.
describe('quoted-target: negative cases', () => {
  const a = { id: 1, targets: policyTargets(extract(['序号 | 重点工作任务 | 主要责任单位 |', '1 | 地区生产总值增长6.5%左右。 | 区发改委 |', '2 | 固定资产投资增长7.5%左右。 | 区发改委 |'])) };
  const b = { id: 2, targets: policyTargets(extract(['序号 | 目标与任务 | 牵头责任单位 |', '(1) | 地区生产总值增长6.5%左右。 | 市发展改革委 |', '(2) | 社会消费品零售总额增长5%左右。 | 市商务局 |'])) };

  it('names no policy when the targets quoted are those of two policies', () => {
    expect(quotedTargetPolicy('地区生产总值增长6.5%左右。\n固定资产投资增长7.5%左右。\n社会消费品零售总额增长5%左右。', [a, b])).toBeNull();
  });

  it('names no policy for one target quoted alone, which two places may share', () => {
    expect(quotedTargetPolicy('1\n地区生产总值增长6.5%左右。\n上半年增长6.1%。', [a])).toBeNull();
  });

  it('names no policy for targets inside longer sentences, not standing whole', () => {
    expect(quotedTargetPolicy('确保地区生产总值增长6.5%左右。力争固定资产投资增长7.5%左右。', [a])).toBeNull();
    expect(quotedTargetPolicy('地区生产总值增长6.5%左右以上。固定资产投资增长7.5%左右,项目落地率75%以上。', [a])).toBeNull();
  });

  it('names no policy when a target is only paraphrased or its figure differs', () => {
    expect(quotedTargetPolicy('全区地区生产总值增长6.1%,固定资产投资增长8%。', [a, b])).toBeNull();
  });

  it('takes no measure without a figure, nor a short one, for a target', () => {
    expect(policyTargets(extract(['序号 | 重点工作任务 | 主要责任单位 |', '1 | 加强组织领导。 | 区政府办 |', '2 | 新增5家。 | 区商务局 |', '3 | 大力提振消费,扩大内需。 | 区商务局 |']))).toEqual([]);
  });
});
