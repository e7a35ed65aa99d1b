import { describe, expect, it } from 'vitest';
import { measure, policy } from './__fixtures__/measures';
import { findQuotedTerms, findTitles, quotedTitleTerms, titlePhrases } from './title-matches';

const phrases = titlePhrases(
  policy([
    measure(1, '推进政务服务“一网通办”'),
    measure(2, '全面推行“双随机、一公开”监管'),
    measure(3, '加强组织实施'),
    measure(4, '加大对知识产权服务机构监管力度，规范专利申请行为'),
  ]),
);

const found = (text: string) => findTitles(text, phrases).map((h) => h.measure);

describe('findTitles', () => {
  it.each([
    ['关于“推进政务服务‘一网通办’”任务', [1]],
    ['推进政务服务一网通办工作情况', [1]],
    ['三、关于“全面推行双随机一公开监管”工作', [2]],
    ['全面推行“双随机·一公开”监管', [2]],
    ['规范专利申请行为方面', [4]],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('gives offsets into the original text, across dropped marks', () => {
    const text = '三、关于“全面推行双随机一公开监管”工作';
    const [hit] = findTitles(text, phrases);
    expect(text.slice(hit.start, hit.end)).toBe('全面推行双随机一公开监管');
  });

  it.each([
    ['加强组织实施，确保按期完成', []],
    ['开展“双随机、一公开”抽查52次', []],
    ['政务服务事项全部进驻网上办事大厅', []],
  ])('%s: no title: stock words only, a part of a title, other words', (text, expected) => expect(found(text)).toEqual(expected));
  it('reads a title’s marks as the marks they are, not as a pattern', () => {
    const marked = titlePhrases(policy([measure(1, '推行1+1帮扶模式'), measure(2, '建设a.b服务平台')]));
    expect(findTitles('我局推行1+1帮扶模式', marked).map((h) => h.measure)).toEqual([1]);
    expect(findTitles('我局推行11帮扶模式', marked)).toEqual([]);
    expect(findTitles('建设axb服务平台', marked)).toEqual([]);
    expect(findTitles('我局推行1+1帮扶模式', [])).toEqual([]);
  });
});

describe('labels quoted in the titles', () => {
  const extract = policy(
    [
      measure(1, '推行涉企经营许可“证照分离”改革'),
      measure(2, '深化“一件事一次办”改革'),
      measure(3, '推广“一件事一次办”集成服务'),
      measure(4, '深化“放管服”改革'),
      measure(5, '推动“三同”工程'),
      measure(6, '全面推行“双随机、一公开”监管'),
      measure(7, '加强“组织实施”'),
    ],
    { title: '关于深化“放管服”改革优化营商环境的工作方案' },
  );
  const terms = quotedTitleTerms(extract);
  const quoted = (text: string) => findQuotedTerms(text, terms).map((h) => h.measure);

  it('keeps the labels that name one measure', () => {
    expect(terms).toEqual([
      { measure: 1, phrase: '证照分离' },
      { measure: 6, phrase: '双随机一公开' },
    ]);
  });

  it.each([
    ['县市场监督管理局关于“证照分离”改革工作情况的报告', [1]],
    ["办理'证照分离'事项836件", [1]],
    ['开展「双随机一公开」抽查52次', [6]],
    ['制定“双随机、一公开”抽查计划', [6]],
  ])('%s', (text, expected) => expect(quoted(text)).toEqual(expected));

  it.each([
    ['证照分离改革事项1425件', []],
    ['“一件事一次办”套餐16个', []],
    ['深化“放管服”改革', []],
    ['推进“三同”工程', []],
    ['加强“组织实施”', []],
  ])('%s: unquoted, shared by two titles, the policy’s theme, too short, or stock words', (text, expected) => expect(quoted(text)).toEqual(expected));

  it('gives offsets of the quoted words', () => {
    const text = '关于“证照分离”改革';
    const [hit] = findQuotedTerms(text, terms);
    expect(text.slice(hit.start, hit.end)).toBe('证照分离');
  });
});

describe('labels another measure also quotes in its text', () => {
  const extract = policy([
    measure(1, '加大财政资金支持力度', '加大财政资金支持力度。对首次升规企业给予奖励，奖励资金实行“免申即享”。'),
    measure(2, '推行惠企政策“免申即享”', '推行惠企政策“免申即享”。建设惠企政策兑现平台。'),
    measure(3, '推行涉企经营许可“证照分离”改革', '推行涉企经营许可“证照分离”改革。对许可事项实行清单管理。'),
    measure(4, '压缩企业开办时间', '压缩企业开办时间。企业开办全程免费，证照分离改革同步推进。'),
  ]);
  const quoted = (text: string) => findQuotedTerms(text, quotedTitleTerms(extract)).map((h) => h.measure);

  it('does not take a label quoted in another measure\'s text for the task whose title quotes it', () => {
    expect(quoted('奖励资金全部通过“免申即享”方式直达企业')).toEqual([]);
  });

  it('still takes a label only its own measure quotes, even when another measure uses the words unquoted', () => {
    expect(quoted('办理“证照分离”事项836件')).toEqual([3]);
  });
});
