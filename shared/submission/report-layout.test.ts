import { describe, expect, it } from 'vitest';
import { firstLines, headerFields, type Line } from './report-layout';

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
