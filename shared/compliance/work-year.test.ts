import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPolicy } from '../extract/policy';
import { defaultReportDeadline } from './due-dates';
import { issueYear, workYear, workYearEnd } from './work-year';

const undated = { issuedOn: null, printedOn: null, docNumber: null };

describe('work-year: the year a policy’s work belongs to', () => {
  it('is the year the title names when no date of issue is known', () => {
    expect(workYear({ ...undated, title: '六安市人民政府关于2021年重点工作及责任分解的通知' })).toBe(2021);
    expect(workYearEnd({ ...undated, title: '咸阳市2022年深化“放管服”改革优化营商环境工作要点' })).toBe('2022-12-31');
  });

  it('is the title’s year when the policy was issued that year or the December before', () => {
    expect(workYear({ ...undated, title: '关于印发2024年政府工作报告重点工作任务分解的通知', issuedOn: '2024-02-19' })).toBe(2024);
    expect(workYear({ ...undated, title: '关于印发2024年重点工作任务分解的通知', issuedOn: '2023-12-26' })).toBe(2024);
  });

  it('takes the year of issue from the printing date, then from the document number', () => {
    expect(issueYear({ ...undated, printedOn: '2023-03-30' })).toBe(2023);
    expect(issueYear({ ...undated, docNumber: '六政〔2021〕5号' })).toBe(2021);
    expect(workYearEnd({ ...undated, title: '关于进一步优化营商环境的实施意见', docNumber: '六政办〔2022〕12号' })).toBe('2022-12-31');
  });

  it('closes the undated duties of real yearly divisions that print no date of issue', () => {
    // Both copies end before any signature: their titles name the year of the work (read from the documents).
    const pairs = join(__dirname, '..', 'submission', '__fixtures__', 'real-pairs');
    for (const [pair, end] of [['luan-2021', '2021-12-31'], ['wuhu-2025', '2025-12-31']]) {
      const paragraphs = readFileSync(join(pairs, pair, 'policy.txt'), 'utf8').split('\n').filter((l) => l.trim()).map((text, index) => ({ index, text }));
      const policy = extractPolicy({ paragraphs } as Parameters<typeof extractPolicy>[0]);
      expect(policy.issuedOn, pair).toBeNull();
      expect(defaultReportDeadline(policy), pair).toBe(end);
    }
  });
});
