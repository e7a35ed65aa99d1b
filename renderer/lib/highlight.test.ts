import { describe, expect, it } from 'vitest';
import { documentRules, markSnippet, markText } from './highlight';

const marked = (text: string, rules = documentRules()) =>
  markText(text, rules)
    .filter((s) => s.kind)
    .map((s) => `${s.kind}:${s.text}`);

describe('search snippets', () => {
  it('turns \\u0001…\\u0002 into match segments', () => {
    expect(markSnippet('加强\u0001养老\u0002行业，\u0001养老\u0002护理员')).toEqual([
      { text: '加强', kind: null },
      { text: '养老', kind: 'match' },
      { text: '行业，', kind: null },
      { text: '养老', kind: 'match' },
      { text: '护理员', kind: null },
    ]);
  });

  it('leaves a snippet without markers alone', () => {
    expect(markSnippet('没有命中')).toEqual([{ text: '没有命中', kind: null }]);
  });
});

describe('dates and numbers', () => {
  it.each([
    ['11月底前，全面清理', 'date:11月底前'],
    ['2021年1月至12月，中小微企业', 'date:2021年1月'],
    ['二〇二一年九月六日', 'date:二〇二一年九月六日'],
    ['每月4日前将上月情况上报', 'date:每月4日前'],
    ['年内培训不少于1000名', 'date:年内'],
    ['第三季度完成', 'date:第三季度'],
    ['受理后8个工作日内办结', 'date:8个工作日内'],
    ['2021 年 9 月 28 日', 'date:2021 年 9 月 28 日'],
  ])('marks the time words in %s', (text, expected) => {
    expect(marked(text)).toContain(expected);
  });

  it('marks quantities with their units, and a date is not also a number', () => {
    expect(marked('年内培训不少于1000名，比例不低于30%')).toEqual(['date:年内', 'number:1000名', 'number:30%']);
    expect(marked('12月底前')).toEqual(['date:12月底前']);
  });
});

describe('departments and shared terms', () => {
  it('prefers the longest department name and lets earlier rules win', () => {
    const rules = documentRules({ departments: ['区市场监管局', '区市场监管局等'], terms: ['市场', '监管'] });
    expect(marked('区市场监管局等有关部门', rules)).toEqual(['department:区市场监管局等']);
  });

  it('ignores one-character shared terms', () => {
    const rules = documentRules({ terms: ['的', '养老'] });
    expect(marked('养老的服务', rules)).toEqual(['term:养老']);
  });

  it('keeps every character exactly once', () => {
    const text = '（区人力资源和社会保障局牵头，区财政局等按职责分工负责）11月底前完成200名';
    const rules = documentRules({ departments: ['区人力资源和社会保障局', '区财政局'], terms: ['负责'] });
    expect(markText(text, rules).map((s) => s.text).join('')).toBe(text);
  });
});
