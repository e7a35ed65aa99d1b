// The tables of missing and late duties in a report: each row names its measure as the policy numbers it.
import { describe, expect, it } from 'vitest';
import type { ComplianceResult } from '../types';
import type { Block, TableRowBlock } from './document-model';
import { measure, obligation, policy } from './__fixtures__/builders';
import { laggardTables } from './report-content';

const result: ComplianceResult = {
  asOf: '2022-01-31',
  reportDeadline: '2021-12-31',
  obligations: [obligation(3, '区民政局', 'missing'), obligation(2, '区民政局', 'late', { respondedOn: '2022-01-10' })],
  notes: { offDuty: [], unobliged: [], beforeIssue: [] },
};
const serials = (table: Block | null) =>
  table?.kind === 'table' ? table.rows.filter((r): r is Extract<TableRowBlock, { kind: 'cells' }> => r.kind === 'cells').map((r) => r.cells[0]) : [];
const tables = (labels: string[]) =>
  laggardTables(policy({ title: '某方案', measures: labels.map((label, k) => measure(k + 1, `措施${k + 1}`, { label, section: label.startsWith('二') ? '二' : '一' })) }), result, ['区民政局']);

describe('laggardTables 序号', () => {
  it('is the label, section first, where numbering restarts in each section', () => {
    const { missing, late } = tables(['一、1.', '一、2.', '二、1.']);
    expect(serials(missing.table)).toEqual(['二、1.']);
    expect(serials(late.table)).toEqual(['一、2.']);
  });

  it('is the number where the numbering runs on', () => {
    const { missing, late } = tables(['1.', '2.', '3.']);
    expect(serials(missing.table)).toEqual(['3']);
    expect(serials(late.table)).toEqual(['2']);
  });
});

describe('laggardTables 完成时限', () => {
  const cells = (table: Block | null, column: number) =>
    table?.kind === 'table' ? table.rows.filter((r): r is Extract<TableRowBlock, { kind: 'cells' }> => r.kind === 'cells').map((r) => r.cells[column]) : [];
  const counted: ComplianceResult = {
    ...result,
    obligations: [
      obligation(1, '区民政局', 'missing', { dueSource: 'report-deadline' }),
      obligation(2, '区民政局', 'missing', { due: '2021-11-30' }),
      obligation(3, '区民政局', 'late', { dueSource: 'report-deadline', respondedOn: '2022-01-10' }),
      obligation(4, '区民政局', 'late', { due: '2021-09-30', respondedOn: '2021-10-08' }),
    ],
  };
  const { missing, late } = laggardTables(policy({ title: '某方案', measures: [1, 2, 3, 4].map((n) => measure(n, `措施${n}`)) }), counted, ['区民政局']);

  it('sets the date on its own line and the reporting deadline’s words on the next', () => {
    expect(cells(missing.table, 3)).toEqual(['2021年12月31日\n（统一报送期限）', '2021年11月30日']);
    expect(cells(late.table, 2)).toEqual(['2021年12月31日\n（统一报送期限）', '2021年9月30日']);
  });
});
