import { describe, expect, it } from 'vitest';
import type { Obligation } from '../types';
import { blankMeasure, blankPolicy } from '../__fixtures__/domain';
import { chineseDay, complianceBook, daysOverdue, matrixCellText } from './workbook';

const duty = (fields: Partial<Obligation>): Obligation => ({
  measure: 1,
  department: '区财政局',
  role: 'lead',
  due: '2024-06-30',
  dueSource: 'deadline',
  status: 'missing',
  respondedOn: null,
  evidence: [],
  ...fields,
});

describe('daysOverdue', () => {
  it.each([
    ['late: days from the deadline to the report', { status: 'late', respondedOn: '2024-07-05' }, 5],
    ['missing: days from the deadline to the as-of date', { status: 'missing' }, 31],
    ['negative: on time is not overdue', { status: 'on_time', respondedOn: '2024-06-01' }, 0],
    ['negative: pending is not overdue', { status: 'pending', due: '2024-09-30' }, 0],
    ['negative: missing but the as-of date is before the deadline', { status: 'missing', due: '2024-08-30' }, 0],
  ] as const)('%s', (_, fields, days) => {
    expect(daysOverdue(duty(fields as Partial<Obligation>), '2024-07-31')).toBe(days);
  });
});

describe('words', () => {
  it('a matrix cell says the status and the role', () => {
    expect(matrixCellText(duty({ status: 'late', role: 'support' }))).toBe('逾期报送（配合）');
  });
  it('dates are written the Chinese way; no date is blank', () => {
    expect(chineseDay('2024-06-05')).toBe('2024年6月5日');
    expect(chineseDay(null)).toBe('');
  });
});

describe('complianceBook', () => {
  it('gives an empty matrix and list, with their headers, when nothing is due', () => {
    const book = complianceBook(
      { title: '某方案', docNumber: null, issuer: null, issuedOn: null, printedOn: null, sections: [], measures: [], departments: [], warnings: [] },
      { asOf: '2024-07-31', reportDeadline: '2024-12-31', obligations: [], notes: { offDuty: [], unobliged: [], beforeIssue: [] } },
    );
    expect(book.sheets.map((s) => [s.name, s.rows.length, s.header.length])).toEqual([
      ['落实矩阵', 0, 5],
      ['缺报逾期清单', 0, 8],
      ['政策台账', 0, 8],
    ]);
  });

  it('names measures by their label where numbering restarts in each section, by their number where it runs on', () => {
    const result = { asOf: '2024-07-31', reportDeadline: '2024-12-31', obligations: [duty({ measure: 3 })], notes: { offDuty: [], unobliged: [], beforeIssue: [] } };
    const book = (labels: string[]) =>
      complianceBook(blankPolicy(labels.map((label, k) => blankMeasure(k + 1, { label, title: `措施${k + 1}`, section: label.startsWith('二') ? '二' : '一' }))), result);
    const restarting = book(['一、1.', '一、2.', '二、1.']);
    expect(restarting.sheets[0].header.slice(1, 4)).toEqual(['一、1. 措施1', '一、2. 措施2', '二、1. 措施3']);
    expect(restarting.sheets[1].rows[0].slice(1, 3).map((c) => c.value)).toEqual(['二、1.', '措施3']);
    expect(restarting.sheets[2].rows.map((r) => r[1].value)).toEqual(['一、1.', '一、2.', '二、1.']);
    const running = book(['1.', '2.', '3.']);
    expect(running.sheets[0].header.slice(1, 4)).toEqual(['1. 措施1', '2. 措施2', '3. 措施3']);
    expect(running.sheets[1].rows[0].slice(1, 3).map((c) => c.value)).toEqual([3, '措施3']);
    expect(running.sheets[2].rows.map((r) => r[1].value)).toEqual([1, 2, 3]);
  });
});
