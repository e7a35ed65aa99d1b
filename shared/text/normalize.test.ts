import { describe, expect, it } from 'vitest';
import { compactWhitespace, normalizeForMatching, normalizedText, originalSpan } from './normalize';

/** Every normalised char must come from the original char its map entry points at (modulo width folding). */
function expectConsistentMap(original: string) {
  const n = normalizeForMatching(original);
  expect(n.map).toHaveLength(n.text.length + 1);
  expect(n.map[n.text.length]).toBe(original.length);
  for (let i = 0; i < n.text.length; i++) {
    if (i > 0) expect(n.map[i]).toBeGreaterThan(n.map[i - 1]);
    const from = original[n.map[i]];
    if (n.text[i] === '\n') expect(from).toMatch(/[\n\r]/);
    else expect(n.text[i] === from || from.normalize('NFKC') === n.text[i] || /[()（）,;:!?，；：！？○◯〇]/.test(from)).toBe(true);
  }
  return n;
}

describe('normalizeForMatching', () => {
  it.each([
    ['2021 年 9 月 28 日', '2021年9月28日'],
    ['11 月底前，全面清理', '11月底前，全面清理'],
    ['区市场\n监管局', '区市场监管局'],
    ['审\n\n批流程', '审批流程'],
    ['１２月３１日前', '12月31日前'],
    ['比例不低于３０％', '比例不低于30%'],
    ['(区民政局牵头)', '（区民政局牵头）'],
    ['（区民政局牵头）', '（区民政局牵头）'],
    ['完成时限:2022年6月', '完成时限：2022年6月'],
    ['责任单位,区民政局', '责任单位，区民政局'],
    ['二○二一年九月六日', '二〇二一年九月六日'],
    ['  前后空白  ', '前后空白'],
    ['PC 端、移动端', 'PC端、移动端'],
    ['Word  document', 'Word document'],
    ['1,000 名', '1,000名'],
    ['10:30', '10:30'],
    ['2021 9', '2021 9'],
    ['１．提升就业服务', '1.提升就业服务'],
    ['企业\u3000开办', '企业开办'],
  ])('%j → %j', (input, expected) => {
    expect(expectConsistentMap(input).text).toBe(expected);
  });

  it('keeps structural line breaks and joins wrapped lines', () => {
    const pdf = [
      '一、优化就业创业环境',
      '1. 提升就业服务。严格贯彻国家、省关于压减准入类职业',
      '资格的要求，11 月底前，全面清理。',
      '责任单位：区人力资源和社会',
      '保障局',
      '完成时限：2021 年 12 月底前',
      '（二）加强监管',
    ].join('\n');
    expect(expectConsistentMap(pdf).text).toBe(
      [
        '一、优化就业创业环境',
        '1.提升就业服务。严格贯彻国家、省关于压减准入类职业资格的要求，11月底前，全面清理。',
        '责任单位：区人力资源和社会保障局',
        '完成时限：2021年12月底前',
        '（二）加强监管',
      ].join('\n'),
    );
  });

  it('keeps the line after a Markdown heading apart', () => {
    expect(normalizeForMatching('## 实施意见\n\n各镇人民政府').text).toBe('##实施意见\n各镇人民政府');
  });

  it('maps normalised spans back to the original words', () => {
    const original = '对\n2021 年 1 月至 12 月，中小微企业';
    const n = expectConsistentMap(original);
    const s = n.text.indexOf('2021年1月至12月');
    const span = originalSpan(n, s, s + '2021年1月至12月'.length);
    expect(original.slice(span.start, span.end)).toBe('2021 年 1 月至 12 月');
  });

  it('handles empty and whitespace-only text', () => {
    expect(normalizeForMatching('')).toEqual({ text: '', map: [0] });
    expect(normalizeForMatching(' \n ')).toEqual({ text: '', map: [3] });
  });
});

describe('compactWhitespace', () => {
  it.each([
    ['区市场\n监管局', '区市场监管局'],
    ['区人力资源和社会\r\n保障局', '区人力资源和社会保障局'],
    [' 区 民政局 ', '区民政局'],
    ['区大数据中心 （区政务服务中心）', '区大数据中心（区政务服务中心）'],
    ['爱枣庄 APP', '爱枣庄APP'],
    ['Open  Data', 'Open Data'],
  ])('%j → %j', (input, expected) => {
    expect(compactWhitespace(input)).toBe(expected);
  });
});

describe('normalizedText', () => {
  it.each([
    '2021 年 9 月 28 日',
    '区市场\n监管局',
    '１２％，ＡＢＣ',
    '(一) 加强组织领导:明确责任',
    '二○二一年, 完成 1,000 项; 10:30 开会!',
    '  一、总体要求。\n（一）工作目标\n\n责任单位：区发改局  ',
    '',
  ])('gives the text of normalizeForMatching: %j', (s) => {
    expect(normalizedText(s)).toBe(normalizeForMatching(s).text);
  });
});
