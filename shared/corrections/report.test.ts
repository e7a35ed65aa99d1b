// A report's corrections laid over its analysis.
import { describe, expect, it } from 'vitest';
import type { SubmissionAnalysis } from '../types';
import { applyReportCorrection, WHOLE_REPORT } from './report';

const analysis: SubmissionAnalysis = {
  file: '报告.txt',
  departments: ['区应急局'],
  rawDepartments: ['区应急局'],
  date: '2021-10-25',
  dateSource: 'signature',
  measures: [26, 27],
  links: [
    { measure: 26, how: 'content', score: 0.4, excerpt: '双随机', paragraph: 3 },
    { measure: 27, how: 'reference', score: 1, excerpt: '第27条', paragraph: 5 },
  ],
  warnings: [],
};

describe('applyReportCorrection', () => {
  it('replaces departments (folded) and the date', () => {
    const out = applyReportCorrection(analysis, { departments: ['市场监管局'], date: '2021-11-01' }, (n) => `区${n}`);
    expect(out).toMatchObject({ departments: ['区市场监管局'], date: '2021-11-01', dateSource: 'office', measures: [26, 27] });
  });

  it('a link by hand comes first and replaces the reading for its measure; an unlink drops one', () => {
    const out = applyReportCorrection(analysis, { links: [{ measure: 26, paragraph: 7, excerpt: '开展联合检查' }, { measure: 3, paragraph: null, excerpt: '全文' }], unlinks: [27] });
    expect(out.measures).toEqual([3, 26]);
    expect(out.links).toEqual([
      { measure: 26, how: 'reference', score: 1, excerpt: '开展联合检查', paragraph: 7, strength: 'counted', byHand: true },
      { measure: 3, how: 'reference', score: 1, excerpt: '全文', paragraph: WHOLE_REPORT, strength: 'counted', byHand: true },
    ]);
  });

  it.each([
    ['no correction', null],
    ['an empty correction', {}],
    ['unlinking a measure the report does not answer', { unlinks: [9] }],
  ])('%s changes nothing', (_name, correction) => {
    expect(applyReportCorrection(analysis, correction)).toEqual(analysis);
  });
});

describe('applyReportCorrection on a gathered return (collected-return)', () => {
  const gathered: SubmissionAnalysis = {
    ...analysis,
    departments: ['区政府督查室'],
    links: [
      { measure: 26, how: 'reference', score: 1, excerpt: '26 | …', paragraph: 3, answersFor: ['区市场监管局'] },
      { measure: 27, how: 'reference', score: 1, excerpt: '27 | …', paragraph: 4, answersFor: ['区司法局'] },
    ],
    warnings: ['汇总表：2 行的落实情况按各行的责任单位计（区市场监管局、区司法局），不计为报送单位的报告'],
  };

  it('a sender the office gives that its rows name makes it that sender’s own return', () => {
    const out = applyReportCorrection(gathered, { departments: ['区市场监管局'] });
    expect(out.departments).toEqual(['区市场监管局']);
    expect(out.links.every((l) => l.answersFor === undefined)).toBe(true);
    expect(out.warnings).toEqual([]);
  });

  it('another sender leaves the rows gathered', () => {
    const out = applyReportCorrection(gathered, { departments: ['区政府办公室'] });
    expect(out.links.map((l) => l.answersFor)).toEqual([['区市场监管局'], ['区司法局']]);
    expect(out.warnings).toEqual(gathered.warnings);
  });
});
