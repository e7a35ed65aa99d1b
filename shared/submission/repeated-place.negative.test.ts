import { describe, expect, it } from 'vitest';
import { splitFusedNames } from './department-names';
import { repeatsPlace } from './repeated-place';

describe('repeated-place does not fire', () => {
  it.each([
    // one body of a place under another
    '海南省海口市人民政府',
    '国家税务总局海南省税务局',
    // a unit under the body named before it, of the same place
    '广州市公安局广州市白云区分局',
    // one name
    '重庆市荣昌区教育委员会',
    '中共重庆市荣昌区委教育工作委员会',
  ])('keeps %s whole', (name) => expect(splitFusedNames(name)).toBeNull());

  it('wants a place of its own, not a level word or another place', () => {
    expect(repeatsPlace('海南省财政厅', '海口市教育局')).toBe(false);
    expect(repeatsPlace('市财政局', '市场监管局')).toBe(false);
    expect(repeatsPlace('海南省财政厅', '教育厅')).toBe(false);
  });
});
