import { describe, expect, it } from 'vitest';
import { sortRows, toggleSort } from './sort';

describe('sortRows', () => {
  const rows = [
    { name: '区民政局', days: 3 },
    { name: '区财政局', days: null },
    { name: '区发展改革局', days: 36 },
    { name: '区城管局', days: 3 },
  ];
  it('sorts numbers both ways, nulls last, ties in the given order', () => {
    expect(sortRows(rows, (r) => r.days, 'asc').map((r) => r.name)).toEqual(['区民政局', '区城管局', '区发展改革局', '区财政局']);
    expect(sortRows(rows, (r) => r.days, 'desc').map((r) => r.name)).toEqual(['区发展改革局', '区民政局', '区城管局', '区财政局']);
  });
  it('sorts Chinese names by pinyin', () => {
    expect(sortRows(rows, (r) => r.name, 'asc').map((r) => r.name)).toEqual(['区财政局', '区城管局', '区发展改革局', '区民政局']);
  });
  it('sorts ISO dates as text', () => {
    const dates = ['2022-01-05', '2021-12-31', '2021-11-30'].map((d) => ({ d }));
    expect(sortRows(dates, (r) => r.d, 'asc').map((r) => r.d)).toEqual(['2021-11-30', '2021-12-31', '2022-01-05']);
  });
});

describe('toggleSort', () => {
  it('turns the same column round and starts another in its natural direction', () => {
    expect(toggleSort({ key: 'a', dir: 'asc' }, 'a')).toEqual({ key: 'a', dir: 'desc' });
    expect(toggleSort({ key: 'a', dir: 'desc' }, 'a')).toEqual({ key: 'a', dir: 'asc' });
    expect(toggleSort<'a' | 'b'>({ key: 'a', dir: 'asc' }, 'b', 'desc')).toEqual({ key: 'b', dir: 'desc' });
  });
});
