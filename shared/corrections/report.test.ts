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
      { measure: 26, how: 'reference', score: 1, excerpt: '开展联合检查', paragraph: 7, byHand: true },
      { measure: 3, how: 'reference', score: 1, excerpt: '全文', paragraph: WHOLE_REPORT, byHand: true },
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
