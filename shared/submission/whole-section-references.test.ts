// 第六部分 alone names the measure that is the whole section 六、 (六、职责分工, read as one measure and cited 第六部分 by
// the app), as a reference; it names nothing where 六、 holds several measures, or where the policy has no 六、.
import { describe, expect, it } from 'vitest';
import type { MeasureLink } from '../types';
import { bigramTokens } from './__fixtures__/bigrams';
import { forLinking } from './__fixtures__/seed-policy';
import { measure, policy } from './__fixtures__/measures';
import { linkMeasures } from './link-measures';
import { articleReferences, referenceContext } from './measure-references';

// 四、 holds two measures numbered again in it; 六、职责分工 is read as one measure (its paragraphs each headed by who answers).
const divided = policy(
  [
    measure(1, '深化商事制度改革', undefined, { label: '四、1.', section: '四' }),
    measure(2, '提升政务服务效能', undefined, { label: '四、2.', section: '四' }),
    measure(3, '职责分工', '区发展改革局负责统筹协调；区财政局负责资金保障。', { label: '六、', section: '六' }),
  ],
  { title: '关于进一步优化营商环境的实施方案' },
);
const refs = (text: string, p = divided) => articleReferences(text, referenceContext(p)).map((h) => h.measure);

describe('第六部分 names the measure that is the whole section 六、', () => {
  it.each([
    ['我局按照第六部分要求，明确了专人负责。', [3]],
    ['关于第六部分“职责分工”的落实情况', [3]],
    ['对照《关于进一步优化营商环境的实施方案》第六部分，我局负责资金保障。', [3]],
    ['方案第六部分（职责分工）已落实。', [3]],
    // a paragraph opening on it that repeats the measure's title
    ['第六部分　职责分工落实情况', [3]],
  ])('%s', (text, expected) => expect(refs(text)).toEqual(expected));

  it('gives the span of the citation, with the title quoted after it', () => {
    const text = '关于第六部分“职责分工”的落实情况';
    const [hit] = articleReferences(text, referenceContext(divided));
    expect(text.slice(hit.start, hit.end)).toBe('第六部分“职责分工”');
  });

  it('links the report to it as a counted reference, not a suggestion', () => {
    const paragraphs = ['区财政局关于优化营商环境实施方案落实情况的报告', '按照第六部分要求，我局已安排专项资金500万元。'].map((text, index) => ({ index, text }));
    const links: MeasureLink[] = linkMeasures(paragraphs, paragraphs.map((p) => bigramTokens(p.text)), forLinking(divided));
    expect(links.filter((l) => l.measure === 3)).toEqual([expect.objectContaining({ how: 'reference', strength: 'counted', paragraph: 1 })]);
  });
});

describe('第N部分 alone: negative cases', () => {
  it.each([
    // 四、 holds two measures: 第四部分 names neither, as 第四部分第1条 names one
    ['按照第四部分要求推进各项工作', []],
    ['第四部分第1条已完成', [1]],
    // the policy has no 五、 read as one measure
    ['第五部分已落实', []],
    // a title quoted after it that is not the measure's
    ['第六部分“保障措施”已落实', []],
    // another document's part
    ['根据《安全生产条例》第六部分的规定', []],
    // a paragraph opening on it is the report's own outline unless it repeats the measure's title
    ['第六部分　下一步工作打算', []],
  ])('%s', (text, expected) => expect(refs(text)).toEqual(expected));

  it('names nothing in a policy with no section read as one measure', () => {
    const plain = policy([
      measure(1, '深化商事制度改革', undefined, { label: '六、1.', section: '六' }),
      measure(2, '提升政务服务效能', undefined, { label: '六、2.', section: '六' }),
    ]);
    expect(refs('按照第六部分要求推进', plain)).toEqual([]);
    expect(refs('第六部分“职责分工”', policy([measure(1, '甲', undefined, { label: '1.', section: null })]))).toEqual([]);
  });
});
