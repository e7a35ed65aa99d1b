import { describe, expect, it } from 'vitest';
import { firstLines, headerFields, isTableRow, withBracketedLabels, type Line } from './report-layout';

const lines: Line[] = ['标题', '来源：区政府网', '区民政局', '2021年11月30日', '正文。'].map((text, index) => ({ index, text }));

describe('firstLines', () => {
  it('keeps the first lines accepted, in order', () => {
    expect(firstLines(lines, 2, (l) => !l.text.includes('：')).map((l) => l.index)).toEqual([0, 2]);
  });

  it('tests no line after the ones it keeps', () => {
    const tested: number[] = [];
    firstLines(lines, 2, (l) => (tested.push(l.index), true));
    expect(tested).toEqual([0, 1]);
  });

  it('gives what there is when fewer lines are accepted', () => {
    expect(firstLines(lines, 10, (l) => l.text.endsWith('。')).map((l) => l.index)).toEqual([4]);
    expect(firstLines(lines, 0, () => true)).toEqual([]);
  });
});

describe('headerFields', () => {
  it('reads labels ending in either colon', () => {
    expect(headerFields('报送单位：区财政局 报送日期:2021-11-30')).toEqual([
      { label: '报送单位', value: '区财政局' },
      { label: '报送日期', value: '2021-11-30' },
    ]);
  });

  it('finds no field in a line without a colon', () => {
    expect(headerFields('报送单位 区财政局')).toEqual([]);
  });
});

describe('bracketed labels set two to a line', () => {
  it.each([
    ['[ 发布机构 ] 大足区卫生健康委 [ 发布日期 ] 2026-01-13', [{ label: '发布机构', value: '大足区卫生健康委' }, { label: '发布日期', value: '2026-01-13' }]],
    ['[ 成文日期 ] 2026-01-13 [ 有效性 ]', [{ label: '成文日期', value: '2026-01-13' }, { label: '有效性', value: '' }]],
    ['【发布机构】区民政局【发布日期】2024-03-28', [{ label: '发布机构', value: '区民政局' }, { label: '发布日期', value: '2024-03-28' }]],
    ['[ 文 号 ] 区府办〔2024〕3号', [{ label: '文号', value: '区府办〔2024〕3号' }]],
  ])('%s', (line, fields) => {
    expect(headerFields(withBracketedLabels(line))).toEqual(fields);
  });
});

describe('bracketed labels set two to a line: negative cases', () => {
  it.each([
    ['a font-size switch', '字号：[ 大 中 小 ]'],
    ['a bracketed heading that is no label', '【政策解读】关于《区财政局2023年工作总结》的解读'],
    ['print and close links', '【打印】 【关闭】'],
    ['a bracketed word inside a sentence', '按照[ 上级要求 ]开展工作。'],
  ])('%s stays as written', (_what, line) => {
    expect(withBracketedLabels(line)).toBe(line);
  });
});

describe('a disclosure table’s row', () => {
  it.each(['| 发布机构 | 郎溪县人民政府办公室 | 发文日期 | 2026-01-26 09:21 |', '｜索引号｜11341/2026-00053｜'])('%s is a row', (line) => {
    expect(isTableRow(line)).toBe(true);
  });

  it.each(['---|---|---|---|', '索引号: | GS5183/2020-771 | 部门: | 中川镇 |', '区财政局 | 2021-11-30', '一、基本情况'])('%s is not', (line) => {
    expect(isTableRow(line)).toBe(false);
  });
});
