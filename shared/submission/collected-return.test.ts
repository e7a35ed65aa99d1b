import { describe, expect, it } from 'vitest';
import { collectedRows } from './collected-return';
import { columnKind } from './return-columns';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));
// names as the ledger counts them: here, every name that looks like a body, as written
const asWritten = (names: string[]) => [...new Set(names.filter((n) => /(?:局|委|办|中心)$/.test(n)))];

describe('columnKind: the heads of a gathered return', () => {
  it.each([
    ['责任单位', 'answering'],
    ['牵头单位', 'answering'],
    ['牵头责任单位', 'answering'],
    ['责任单位（牵头单位列前）', 'answering'],
    ['承办单位', 'answering'],
    ['配合单位', 'supporting'],
    ['协同责任单位', 'supporting'],
    ['进展情况', 'progress'],
    ['落实情况', 'progress'],
    ['完成 情况', 'progress'],
    ['整改进展', 'progress'],
    ['序号', null],
    ['主要任务', null],
    ['完成时限', null],
  ])('%s → %s', (cell, kind) => expect(columnKind(cell)).toBe(kind));
});

describe('collectedRows: each row of a gathered return answers for its own bodies', () => {
  const table = [
    '区政府督查室关于重点任务落实情况的汇总',
    '序号 | 任务 | 责任单位 | 进展情况',
    '1 | 提升就业服务 | 区人社局 | 开展招聘活动35场。',
    '5 | 加强信用信息归集 | 区发改委 | 归集信用信息12万条。',
    '6 | 规范水电气暖行业收费 | 区市场监管局 | —',
    '区政府督查室',
  ];

  it('credits each row to the body in its answering cell, and a row saying nothing to no one', () => {
    const rows = collectedRows(paragraphs(table), ['区政府督查室'], asWritten);
    expect([...rows]).toEqual([
      [2, ['区人社局']],
      [3, ['区发改委']],
      [4, []],
    ]);
  });

  it('reads a report that names no sender the same way', () => {
    expect(collectedRows(paragraphs(table), [], asWritten).get(2)).toEqual(['区人社局']);
  });

  it('credits the lead of a cell naming the lead and its partners, not the partners', () => {
    const lines = ['序号 | 任务 | 责任单位 | 配合单位 | 落实情况', '1 | 甲 | 区人社局 | 区财政局 | 已完成。', '2 | 乙 | 区发改委（牵头）、区统计局（配合） | | 已完成。'];
    expect([...collectedRows(paragraphs(lines), [], asWritten)]).toEqual([
      [1, ['区人社局']],
      [2, ['区发改委']],
    ]);
  });

  it('reads each table under its own header', () => {
    const lines = ['序号 | 任务 | 责任单位 | 进展情况', '1 | 甲 | 区人社局 | 已完成。', '2 | 乙 | 区发改委 | 已完成。', '说明', '序号 | 任务 | 完成情况 | 牵头单位', '1 | 丙 | 已完成。 | 区教体局', '2 | 丁 | 已完成。 | 区商务局'];
    const rows = collectedRows(paragraphs(lines), [], asWritten);
    expect(rows.get(5)).toEqual(['区教体局']);
    expect(rows.get(6)).toEqual(['区商务局']);
  });
});
