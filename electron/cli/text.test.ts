// The check as a terminal shows it: measures named as their policy cites them.
import { describe, expect, it } from 'vitest';
import { blankMeasure, blankPolicy } from '../../shared/__fixtures__/domain';
import type { ComplianceResult, Obligation } from '../../shared/types';
import type { SubmissionJson } from './json';
import { formatComplianceText } from './text';

const missing = (measure: number): Obligation => ({
  measure,
  department: '区民政局',
  role: 'lead',
  due: '2022-06-30',
  dueSource: 'deadline',
  status: 'missing',
  respondedOn: null,
  evidence: [],
});
const result: ComplianceResult = { asOf: '2022-07-31', reportDeadline: '2022-12-31', obligations: [missing(3)], notes: { offDuty: [], unobliged: [], beforeIssue: [] } };
const report: SubmissionJson = { file: '民政局报告.docx', departments: ['区民政局'], date: '2022-07-01', dateSource: 'signature', measures: [1, 3], links: [], policies: [{ id: 1, label: '某办发〔2022〕1号', basis: 'number' }], warnings: [] };
const text = (labels: string[]) =>
  formatComplianceText(
    [{ ref: { id: 1, label: '某办发〔2022〕1号' }, policy: blankPolicy(labels.map((label, k) => blankMeasure(k + 1, { label, section: label.startsWith('二') ? '二' : '一' }))), result }],
    [report],
    [],
  );

describe('formatComplianceText', () => {
  it('cites the measures of a policy whose numbering restarts in each section with their section', () => {
    const out = text(['一、1.', '一、2.', '二、1.']);
    expect(out).toContain('  第二部分第1条 ');
    expect(out).toContain('任务：第一部分第1条、第二部分第1条');
  });

  it('keeps 第N条 and bare numbers for a policy numbered straight through', () => {
    const out = text(['1.', '2.', '3.']);
    expect(out).toContain('  第3条 ');
    expect(out).toContain('任务：1、3');
  });
});
