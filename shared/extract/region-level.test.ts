import { describe, expect, it } from 'vitest';
import { carryListLevel, levelOf, type ListItem } from './list-level-prefix';
import { extractPolicy } from './policy';

// region-level: 自治区 is a level as 省 is, written once for a run of an autonomous region's bodies.
const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

describe('region-level: 自治区 written once for a list', () => {
  it.each([
    [run('自治区农牧厅', '财政厅'), ['自治区农牧厅', '自治区财政厅']],
    [run('自治区发展改革委', '工业和信息化厅', '商务厅'), ['自治区发展改革委', '自治区工业和信息化厅', '自治区商务厅']],
    [run('自治区司法厅', '公安厅', '自治区市场监管局'), ['自治区司法厅', '自治区公安厅', '自治区市场监管局']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items)).toEqual(expected);
  });

  it('reads 自治区 as the level of the name', () => {
    expect(levelOf('自治区财政厅')).toBe('自治区');
  });

  it('gives a bracketed duty list the region for each department', () => {
    const measures = extractPolicy({
      paragraphs: [
        '自治区产业高质量发展政策清单',
        '一、推进农牧业现代化',
        '1.实施粮油等主要作物大面积单产提升行动。〔责任单位:自治区农牧厅、财政厅〕',
        '2.实施耕地保护与建设行动。〔责任单位:自治区农牧厅、自然资源厅、水利厅〕',
      ].map((text, index) => ({ index, text })),
    }).measures;
    expect(measures.map((m) => m.lead)).toEqual([
      ['自治区农牧厅', '自治区财政厅'],
      ['自治区农牧厅', '自治区自然资源厅', '自治区水利厅'],
    ]);
  });
});
