// The matrix sheet of a policy of thousands of measures and departments: a grid grows with their product, so past
// MATRIX_GRID_MAX_CELLS the sheet lists the duties one to a row, in time and size that grow with the duties.
import { describe, expect, it } from 'vitest';
import type { ComplianceResult, Obligation } from '../types';
import { blankMeasure, blankPolicy } from '../__fixtures__/domain';
import { complianceBook, MATRIX_GRID_MAX_CELLS } from './workbook';

/** `n` measures, each led by its own department with the next one supporting: n departments, 2n duties. */
function generated(n: number) {
  const dept = (k: number) => `区${'综合协调'.repeat(1 + ((k % n) % 7))}第${k % n}工作事务管理服务中心`;
  const measures = Array.from({ length: n }, (_, k) => blankMeasure(k + 1, { title: `第${k + 1}项任务`, lead: [dept(k)], support: [dept(k + 1)] }));
  const policy = blankPolicy(measures, { title: '实施意见' });
  const duty = (k: number, department: string, role: Obligation['role']): Obligation => ({
    measure: k + 1,
    department,
    role,
    due: '2024-06-30',
    dueSource: 'deadline',
    status: k % 3 === 0 ? 'missing' : 'on_time',
    respondedOn: null,
    evidence: [],
  });
  const obligations = measures.flatMap((_, k) => [duty(k, dept(k), 'lead'), duty(k, dept(k + 1), 'support')]);
  const result: ComplianceResult = { asOf: '2024-07-31', reportDeadline: '2024-12-31', obligations, notes: {} as ComplianceResult['notes'] };
  return { policy, result };
}

describe('the matrix sheet of a very large policy', () => {
  it('lists the duties one to a row past the grid limit', () => {
    const n = 5_000;
    expect(n * n).toBeGreaterThan(MATRIX_GRID_MAX_CELLS);
    const { policy, result } = generated(n);
    const matrix = complianceBook(policy, result).sheets[0];
    expect(matrix.header).toEqual(['部门', '措施', '落实状态（职责）']);
    expect(matrix.rows).toHaveLength(2 * n);
    expect(matrix.rows.every((r) => r.length === 3)).toBe(true);
    // Each department's duties together, in the order of its measures.
    const first = matrix.rows[0][0].value;
    const own = matrix.rows.filter((r) => r[0].value === first);
    expect(own.length).toBeGreaterThan(0);
    expect(matrix.notes[0]).toMatch(/^本政策共 5,000 条措施、5,000 个部门/);
  });

  it('negative: a grid within the limit stays a grid of departments by measures', () => {
    const n = 400;
    expect(n * n).toBeLessThanOrEqual(MATRIX_GRID_MAX_CELLS);
    const { policy, result } = generated(n);
    const matrix = complianceBook(policy, result).sheets[0];
    expect(matrix.header).toHaveLength(1 + n + 4);
    expect(matrix.rows).toHaveLength(n);
    expect(matrix.rows[0]).toHaveLength(1 + n + 4);
  });
});
