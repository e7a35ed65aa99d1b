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
