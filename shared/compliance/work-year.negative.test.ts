import { describe, expect, it } from 'vitest';
import { issueYear, workYear, workYearEnd } from './work-year';

const undated = { issuedOn: null, printedOn: null, docNumber: null };

describe('work-year: what is no year of the work', () => {
  it('leaves the year unknown when nothing dates the policy', () => {
    expect(workYearEnd({ ...undated, title: '关于进一步优化营商环境的实施意见' })).toBeNull();
    expect(issueYear({ ...undated, docNumber: '市政办发12号' })).toBeNull();
  });

  it('reads no year from a span or a goal in the title', () => {
    expect(workYear({ ...undated, title: '静安区“卓越城区”城市更新行动方案（2023-2025年）', issuedOn: '2023-12-12' })).toBe(2023);
    expect(workYear({ ...undated, title: '关于到2025年基本建成养老服务体系的实施方案', issuedOn: '2021-06-01' })).toBe(2021);
    expect(workYear({ ...undated, title: '2023—2025年行动计划' })).toBeNull();
  });

  it('keeps the year of issue over a title year that is not that year or the next', () => {
    expect(workYear({ ...undated, title: '关于2019年审计查出问题整改的实施方案', issuedOn: '2021-05-10' })).toBe(2021);
    expect(workYear({ ...undated, title: '关于印发2026年重点工作的通知', issuedOn: '2024-03-01' })).toBe(2024);
  });

  it('reads the date of issue before the printing date and the document number', () => {
    expect(issueYear({ issuedOn: '2021-12-30', printedOn: '2022-01-04', docNumber: '六政〔2022〕1号' })).toBe(2021);
  });
});
