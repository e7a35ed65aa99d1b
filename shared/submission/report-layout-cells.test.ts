// bare-label-cells: a disclosure table copied with its bars whose label cells have no colon reads as labelled fields.
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { headerFields, withBareLabelCells } from './report-layout';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('bare-label-cells', () => {
  it.each([
    ['a row without its leading bar', '发布机构 | 某省司法厅 | 发文日期 | 2023-03-16 |', [['发布机构', '某省司法厅'], ['发文日期', '2023-03-16']]],
    ['a row with both bars', '| 发布机构 | 某县财政局 | 成文日期 | 2022年5月6日 |', [['发布机构', '某县财政局'], ['成文日期', '2022年5月6日']]],
    ['spaced-out labels', '索 引 号 | 011043217/2023-06630 | 文 号 | 无 |', [['索引号', '011043217/2023-06630'], ['文号', '无']]],
  ])('reads %s', (_what, line, fields) => {
    expect(headerFields(withBareLabelCells(line)).map((f) => [f.label, f.value])).toEqual(fields);
  });

  it('gives the date of a province department’s report under such a table', () => {
    const text = [
      '【法治建设报告】某省司法厅2022年法治政府建设年度报告',
      '索 引 号 | 011043217/2023-06630 | 分 类 | 政务公开 |',
      '---|---|---|---|',
      '发布机构 | 某省司法厅 | 发文日期 | 2023-03-16 |',
      '文 号 | 无 | 有 效 性 | 有效 |',
      '2022年,在省委省政府的坚强领导下,省司法厅坚持依法行政,不断推动法治政府建设再上新台阶。',
    ].join('\n');
    const found = detectDate(paragraphs(text), '2099-01-01');
    expect([found.date, found.dateSource]).toEqual(['2023-03-16', 'header']);
  });
});
