import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { extractPolicy } from './policy';

// estate-qualified: the parties of a housing estate written with the estate before them are every estate's, generic
// as the bare kinds (业委会, 物业服务企业) are (虹应急〔2026〕2号: 「小区业委会与物业服务企业应当就…进行约定」).
describe('estate-qualified: an estate\'s parties are generic', () => {
  it.each(['小区业委会', '居民小区业委会', '小区业主委员会', '小区物业服务企业', '住宅小区物业公司'])('%s', (name) => {
    expect(isGenericActor(name)).toBe(true);
  });

  it('gives no body a measure whose duty falls on them', () => {
    const m = extractPolicy({
      paragraphs: ['实施方案', '一、重点任务', '(一)规范后续维保。小区业委会应当就质保期后的日常管理等事项进行约定。', '(二)加装喷淋。区应急局负责加装喷淋。'].map((text, index) => ({ index, text })),
    }).measures;
    expect(m[0].lead).toEqual([]);
  });
});
