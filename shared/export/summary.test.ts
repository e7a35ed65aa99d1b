import { describe, expect, it } from 'vitest';
import { countByStatus, rankDepartments, summarize } from './summary';
import { seedResult } from './__fixtures__/seed-like';

describe('countByStatus', () => {
  it('counts every status, zeros included', () => {
    expect(countByStatus(seedResult.obligations)).toEqual({ on_time: 2, late: 2, missing: 3, pending: 1 });
    expect(countByStatus([])).toEqual({ on_time: 0, late: 0, missing: 0, pending: 0 });
  });
});

describe('rankDepartments', () => {
  it('puts the most missing first, then the most late, then the busiest, then by pinyin', () => {
    const ranked = rankDepartments(summarize(seedResult).byDepartment).map((d) => d.department);
    expect(ranked).toEqual([
      '区民政局',
      '区市场监管局',
      '区司法局',
      '区人力资源和社会保障局',
      '区自然资源局',
      '区财政局',
      '区政府办公室',
    ]);
  });

  it('does not depend on the order it is given', () => {
    const rows = summarize(seedResult).byDepartment;
    expect(rankDepartments([...rows].reverse())).toEqual(rankDepartments(rows));
  });
});
