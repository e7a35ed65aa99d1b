import { describe, expect, it } from 'vitest';
import { departmentsWithOutstanding, outstandingFor } from './outstanding';
import { seedResult } from './__fixtures__/seed-like';
import { emptyResult, variedResult } from './__fixtures__/varied';

describe('departmentsWithOutstanding', () => {
  it('lists departments with missing or late obligations, laggards first', () => {
    expect(departmentsWithOutstanding(seedResult)).toEqual([
      '区民政局',
      '区市场监管局',
      '区司法局',
      '区人力资源和社会保障局',
      '区自然资源局',
    ]);
  });

  it('leaves out departments that are on time or not yet due', () => {
    const names = departmentsWithOutstanding(seedResult);
    expect(names).not.toContain('区财政局');
    expect(names).not.toContain('区政府办公室');
  });

  it('is empty for an empty matrix', () => expect(departmentsWithOutstanding(emptyResult)).toEqual([]));
});

describe('outstandingFor', () => {
  it('returns the department’s missing and late obligations in measure order', () => {
    expect(outstandingFor(variedResult, '县农业农村局').map((o) => [o.measure, o.status])).toEqual([
      [1, 'missing'],
      [7, 'missing'],
    ]);
    expect(outstandingFor(variedResult, '县统计局')).toEqual([]);
  });
});
