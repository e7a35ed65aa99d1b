import { describe, expect, it } from 'vitest';
import { itemOwners } from './item-owners';
import { proseResponsibility } from './prose-duty';

// item-owners: a supervision notice's bodies answering for numbered items, which the sentence then asks to act.
describe('item-owners: 由A负责的第1件…请以上责任单位', () => {
  const sentence = '其中,由县民政局负责的第1件、县发改局负责的第4件、县卫健局负责的第17、18件确定事项进展滞后,请以上责任单位加快工作节奏。';

  it('names each owner once, as written', () => {
    expect(itemOwners(sentence)).toEqual(['县民政局', '县发改局', '县卫健局']);
  });

  it('makes them share the requirement with the office that follows the items up', () => {
    const r = proseResponsibility(`${sentence}县政府督查室将紧盯未办结事项适时开展“回头看”。`);
    expect(r?.lead).toEqual(['县民政局', '县发改局', '县卫健局', '县政府督查室']);
    expect(r?.joint).toBe(true);
  });
});
