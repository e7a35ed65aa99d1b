import { describe, expect, it } from 'vitest';
import type { Obligation } from '../types';
import { blankMeasure, blankPolicy } from '../__fixtures__/domain';
import { chineseDay, complianceBook, daysOverdue, decisionText, matrixCellText } from './workbook';

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
  it('a matrix cell carries the office’s decision after the role; none, nothing after it', () => {
    const returned = { kind: 'returned' as const, label: '退回', date: '2024-07-02', note: '未报完成额', newDue: null, approver: null };
    expect(matrixCellText(duty({ role: 'support', decision: returned }))).toBe('未报送（配合），退回');
    expect(matrixCellText(duty({ role: 'support' }))).toBe('未报送（配合）');
    expect(decisionText(duty({ decision: returned }))).toBe('退回（2024年7月2日）：未报完成额');
    const extended = { kind: 'extended' as const, label: '延期至2024年9月30日', date: '2024-07-01', note: null, newDue: '2024-09-30', approver: '王主任' };
    expect(decisionText(duty({ decision: extended }))).toBe('延期至2024年9月30日（2024年7月1日，批准人王主任）');
    expect(decisionText(duty({}))).toBe('');
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
      ['缺报逾期清单', 0, 9],
      ['政策台账', 0, 8],
    ]);
  });

  it('the list of missing and late gives each one’s decision, leaves out those 办结 or 免报, and says how many', () => {
    const mark = (kind: 'closed' | 'exempt' | 'returned', label: string) => ({ kind, label, date: '2024-07-02', note: kind === 'exempt' ? '不涉及' : null, newDue: null, approver: null });
    const obligations = [
      duty({ measure: 1, department: '区甲局', decision: mark('returned', '退回') }),
      duty({ measure: 1, department: '区乙局', decision: mark('closed', '办结') }),
      duty({ measure: 1, department: '区丙局', decision: mark('exempt', '免报') }),
      duty({ measure: 1, department: '区丁局' }),
    ];
    const book = complianceBook(blankPolicy([blankMeasure(1, { title: '措施1' })]), { asOf: '2024-07-31', reportDeadline: '2024-12-31', obligations, notes: { offDuty: [], unobliged: [], beforeIssue: [] } });
    const list = book.sheets[1];
    expect(list.header[8]).toBe('督查室决定');
    expect(list.rows.map((r) => [r[0].value, r[8].value])).toEqual([
      ['区丁局', ''],
      ['区甲局', '退回（2024年7月2日）'],
    ]);
    expect(list.title).toContain('共2项');
    expect(list.notes).toContain('经督查室办结或免报的2项不再列入本清单。');
    // the matrix keeps every duty, its decision in its cell, and says what the words after the comma are
    const matrix = book.sheets[0];
    expect(matrix.rows.map((r) => r[1].value).sort()).toEqual(['未报送（牵头）', '未报送（牵头），免报', '未报送（牵头），办结', '未报送（牵头），退回'].sort());
    expect(matrix.notes.join('')).toContain('督查室的决定');
  });

  it('negative: without decisions the list names no settled duties and the matrix no decisions', () => {
    const book = complianceBook(blankPolicy([blankMeasure(1, { title: '措施1' })]), { asOf: '2024-07-31', reportDeadline: '2024-12-31', obligations: [duty({})], notes: { offDuty: [], unobliged: [], beforeIssue: [] } });
    expect(book.sheets[1].notes.join('')).not.toContain('不再列入');
    expect(book.sheets[0].notes.join('')).not.toContain('督查室的决定');
    expect(book.sheets[1].rows[0][8].value).toBe('');
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
