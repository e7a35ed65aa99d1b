import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.number} ${m.label} ${m.title} / ${m.lead.join('、')}`);

// group-number-row: a table whose measures are numbered in brackets may set a group's heading between its rows as a
// row numbered on its own that names no body; it heads the rows after it and is no measure.
describe('group-number-row: a numbered group heading between bracket-numbered rows', () => {
  it('reads the rows around a bare-numbered group row as the measures, numbered on without it', () => {
    expect(
      read([
        '序号 | 目标与任务 | 牵头责任单位 | 责任单位 |',
        '一、主要预期目标 | |||',
        '(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市区政府 |',
        '(2) | 固定资产投资增长6%左右。 | 市发展改革委 | 各县市区政府 |',
        '二、重点工作 | |||',
        '1 | 大力提振消费。 | ||',
        '(3) | 统筹衔接消费券发放。 | 市商务局 | 市财政局 |',
        '(4) | 设立消费促进基金。 | 市发展改革委 | 市财政局 |',
      ]),
    ).toEqual(['1 (1) 地区生产总值增长6%以上 / 市发展改革委', '2 (2) 固定资产投资增长6%左右 / 市发展改革委', '3 (3) 统筹衔接消费券发放 / 市商务局', '4 (4) 设立消费促进基金 / 市发展改革委']);
  });

  it('drops a group row numbered with a dot under rows numbered in brackets', () => {
    expect(
      read([
        '序号 | 工作任务 | 牵头单位 |',
        '(1) | 推行告知承诺制。 | 县审批局 |',
        '2. | 加强事中事后监管 | |',
        '(2) | 开展双随机抽查。 | 县市场监管局 |',
      ]),
    ).toEqual(['1 (1) 推行告知承诺制 / 县审批局', '2 (2) 开展双随机抽查 / 县市场监管局']);
  });
});
