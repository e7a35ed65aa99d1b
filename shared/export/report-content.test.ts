// The tables of missing and late duties in a report: each row names its measure as the policy numbers it.
import { describe, expect, it } from 'vitest';
import type { ComplianceResult, Measure } from '../types';
import { extractTargets } from '../extract/targets';
import type { Block, TableRowBlock } from './document-model';
import { measure, obligation, policy } from './__fixtures__/builders';
import { laggardTables, reportDocument } from './report-content';

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

  it('marks a 报送日期 that is only the day an undated report was imported', () => {
    const imported: ComplianceResult = { ...result, obligations: [obligation(2, '区民政局', 'late', { respondedOn: '2022-01-10', respondedOnImported: true })] };
    const { late: table } = laggardTables(policy({ title: '某方案', measures: [1, 2].map((n) => measure(n, `措施${n}`)) }), imported, ['区民政局']);
    expect(cells(table.table, 3)).toEqual(['2022年1月10日\n（导入日期）']);
    expect(cells(late.table, 3)).toEqual(['2022年1月10日', '2021年10月8日']);
  });
});

describe('the measures part of the report', () => {
  const texts = (doc: ReturnType<typeof reportDocument>) =>
    doc.parts[0].blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.spans.map((s) => s.text).join('')] : []));
  const withTargets = (targets: Measure['targets']) =>
    reportDocument({
      title: '督查报告',
      office: '督查室',
      date: '2022-01-31',
      policy: policy({ title: '某方案', measures: [measure(1, '稳增长', { targets }), measure(2, '抓项目', { targets: [] })] }),
      result: { ...result, obligations: [obligation(1, '区发改委', 'missing'), obligation(2, '区发改委', 'missing')] },
    });

  it('names each figure the measure asks for with what it measures', () => {
    const lines = texts(withTargets(extractTargets('确保地区生产总值增长7%以上，固定资产投资增长8%左右。')));
    expect(lines).toContain('目标指标：地区生产总值增长7%以上；固定资产投资增长8%左右。');
    expect(lines.filter((l) => l.startsWith('目标指标'))).toHaveLength(1);
  });

  it('writes no line of figures for a measure that asks none', () => {
    expect(texts(withTargets([])).filter((l) => l.startsWith('目标指标'))).toEqual([]);
  });
});
