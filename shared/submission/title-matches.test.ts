import { describe, expect, it } from 'vitest';
import { measure, policy } from './__fixtures__/measures';
import { findTitles, titlePhrases } from './title-matches';

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
});
