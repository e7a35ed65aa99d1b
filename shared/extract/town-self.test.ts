import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// town-self: a town's or a township's government speaking for itself in its own plan (镇政府将及时委托…) issues the
// work and carries no duty of its own, as 省政府将对…开展抽查 does in a province's.
describe('town-self: the town government of the plan', () => {
  it.each([
    '镇政府将及时委托有相应资质的专业机构进行房屋安全性评估。',
    '乡人民政府要加强统筹协调。',
    '镇人民政府办公室负责汇总报送。',
  ])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
