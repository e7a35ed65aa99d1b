import { describe, expect, it } from 'vitest';
import { looksLikeBody } from './departments';
import { extractPolicy } from './policy';

// compartment-area: a part of a building or of a plan (防火分区, 防烟分区, 规划分区) is no place, so no body
// (沪民养老发〔2024〕11号's 问题清单: 「7.防火分区：防火分隔、防火封堵不符合规范要求…」).
describe('compartment-area: 防火分区 names no body', () => {
  it.each(['防火分区', '防烟分区', '规划分区'])('%s', (name) => {
    expect(looksLikeBody(name)).toBe(false);
  });

  it('gives a finding headed by it no lead', () => {
    const m = extractPolicy({ paragraphs: ['问题清单', '1.防火分区：防火封堵不符合规范要求。', '2.消防水系统：喷淋泵不能正确启动。'].map((text, index) => ({ index, text })) }).measures;
    expect(m.flatMap((x) => [...x.lead, ...x.support])).toEqual([]);
  });
});
