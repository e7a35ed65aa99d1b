import { describe, expect, it } from 'vitest';
import { itemOwners } from './item-owners';

// item-owners, negative cases: owners the sentence only counts (no 请以上…), and 负责的 before no numbered item.
describe('item-owners: bodies the sentence gives no duty', () => {
  it('reads none where the sentence asks no one', () => {
    expect(itemOwners('由县民政局负责的第1件、县发改局负责的第4件已办结。')).toEqual([]);
  });

  it('reads none where 负责的 qualifies no numbered item', () => {
    expect(itemOwners('由县民政局负责的工作进展滞后,请以上责任单位加快进度。')).toEqual([]);
  });
});
