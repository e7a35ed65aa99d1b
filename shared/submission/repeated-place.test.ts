import { describe, expect, it } from 'vitest';
import { splitDepartmentList, splitFusedNames } from './department-names';
import { repeatsPlace } from './repeated-place';

describe('repeated-place', () => {
  it.each([
    ['海南省财政厅海南省教育厅', ['海南省财政厅', '海南省教育厅']],
    ['河南省教育厅河南省财政厅', ['河南省教育厅', '河南省财政厅']],
    ['中共重庆市荣昌区委教育工作委员会重庆市荣昌区教育委员会', ['中共重庆市荣昌区委教育工作委员会', '重庆市荣昌区教育委员会']],
    ['广西壮族自治区财政厅广西壮族自治区教育厅', ['广西壮族自治区财政厅', '广西壮族自治区教育厅']],
  ])('joint signers run together from a PDF, %s, are each a name', (fused, names) => {
    expect(splitFusedNames(fused)).toEqual(names);
    expect(splitDepartmentList(fused)).toEqual(names);
  });

  it('finds the place the second name opens with in the first', () => {
    expect(repeatsPlace('海南省财政厅', '海南省教育厅')).toBe(true);
    expect(repeatsPlace('中共重庆市荣昌区委教育工作委员会', '重庆市荣昌区教育委员会')).toBe(true);
  });
});
