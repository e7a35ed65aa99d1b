import { describe, expect, it } from 'vitest';
import { middleHeadingRuns, middleHeadingText } from './middle-headings';
import { extractPolicy } from './policy';
import { threeLevels } from './__fixtures__/three-levels';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

const h = (label: string, title: string) => ({ label, title });
const m = (number: number, heading?: { label: string; title: string }) => ({ number, ...(heading ? { middleHeading: heading } : {}) });

describe('middleHeadingRuns', () => {
  it('writes each middle heading once above the measures under it', () => {
    const runs = middleHeadingRuns([m(1, h('（一）', '深化商事制度改革')), m(2, h('（一）', '深化商事制度改革')), m(3, h('（二）', '提升政务服务效能')), m(4, h('（二）', '提升政务服务效能'))]);
    expect(runs.map((r) => [r.heading && middleHeadingText(r.heading), r.measures.map((x) => x.number)])).toEqual([
      ['（一）深化商事制度改革', [1, 2]],
      ['（二）提升政务服务效能', [3, 4]],
    ]);
  });

  it('keeps measures under no heading in runs of their own, and a policy with none in one run', () => {
    expect(middleHeadingRuns([m(1), m(2)]).map((r) => [r.heading, r.measures.length])).toEqual([[null, 2]]);
    const mixed = middleHeadingRuns([m(1), m(2, h('（一）', '优化监管')), m(3)]);
    expect(mixed.map((r) => r.heading?.label ?? null)).toEqual([null, '（一）', null]);
    expect(middleHeadingRuns([])).toEqual([]);
  });

  it('tells apart two headings of one label in different sections by their titles', () => {
    const runs = middleHeadingRuns([m(4, h('（一）', '深化商事制度改革')), m(5, h('（一）', '优化监管'))]);
    expect(runs).toHaveLength(2);
  });
});

describe('the middle heading recorded on each measure', () => {
  it('names the （一） heading and its title over each 1. under it, where 1. starts again under each', () => {
    const p = read(...threeLevels);
    expect(p.measures.map((m) => [m.label, m.middleHeading && middleHeadingText(m.middleHeading)])).toEqual([
      ['一、（一）1.', '（一）深化商事制度改革'],
      ['一、（一）2.', '（一）深化商事制度改革'],
      ['一、（二）1.', '（二）提升政务服务效能'],
      ['一、（二）2.', '（二）提升政务服务效能'],
      ['二、（一）1.', '（一）优化监管'],
    ]);
  });

  it('names it too where 1. runs on under the （一） headings, the labels staying as written', () => {
    const p = read(
      '关于推进就业工作的实施方案',
      '一、主要任务',
      '（一）稳定岗位。',
      '1.落实稳岗返还。（区人社局牵头）',
      '（二）扩大就业。',
      '2.开发公益岗位。（区人社局牵头）',
    );
    expect(p.measures.map((m) => [m.label, m.middleHeading?.title])).toEqual([
      ['1.', '稳定岗位'],
      ['2.', '扩大就业'],
    ]);
  });

  it('records none where the measures sit right under their sections', () => {
    const p = read('关于做好就业工作的通知', '一、稳定就业', '1.扩大就业。（区人社局牵头）', '2.稳定岗位。（区财政局牵头）', '二、兜底帮扶', '1.帮扶困难人员。（区民政局牵头）');
    expect(p.measures).toHaveLength(3);
    expect(p.measures.every((m) => m.middleHeading === undefined)).toBe(true);
  });
});
