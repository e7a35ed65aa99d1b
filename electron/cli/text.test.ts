// The check as a terminal shows it: measures named as their policy cites them.
import { describe, expect, it } from 'vitest';
import { blankMeasure, blankPolicy } from '../../shared/__fixtures__/domain';
import type { ComplianceResult, Obligation } from '../../shared/types';
import type { SubmissionJson } from './json';
import { formatComplianceText, formatPolicyTable } from './text';

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

describe('luoshi extract', () => {
  it('writes each middle heading once above the measures under it', () => {
    const heading = (label: string, title: string) => ({ middleHeading: { label, title } });
    const policy = {
      ...blankPolicy([
        blankMeasure(1, { label: '一、（一）1.', section: '一', title: '压缩开办时间', ...heading('（一）', '深化商事制度改革') }),
        blankMeasure(2, { label: '一、（一）2.', section: '一', title: '推行证照分离', ...heading('（一）', '深化商事制度改革') }),
        blankMeasure(3, { label: '一、（二）1.', section: '一', title: '推行全程网办', ...heading('（二）', '提升政务服务效能') }),
        blankMeasure(4, { label: '二、1.', section: '二', title: '推行信用监管' }),
      ]),
      sections: [{ number: '一', title: '主要任务' }, { number: '二', title: '强化落实' }],
    };
    const lines = formatPolicyTable(policy).split('\n').map((l) => l.trim());
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    expect(lines.filter((l) => l === '（一）深化商事制度改革')).toHaveLength(1);
    expect(at('一、主要任务')).toBeLessThan(at('（一）深化商事制度改革'));
    expect(at('（一）深化商事制度改革')).toBeLessThan(at('1.'));
    expect(at('2.')).toBeLessThan(at('（二）提升政务服务效能'));
    expect(at('（二）提升政务服务效能')).toBeLessThan(at('3.'));
    // a section with no middle heading writes none
    expect(lines.slice(at('二、强化落实'))).not.toContainEqual(expect.stringMatching(/^（/));
  });
});
