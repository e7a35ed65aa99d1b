import { describe, expect, it } from 'vitest';
import { dutyLabelAt } from './duty-label';
import { readResponsibility } from './responsibility';

// collaborate-label: 协作 in a sentence, or in a word that is no label, names no one.
describe('collaborate-label: no label without the colon', () => {
  it.each(['协作单位要主动对接牵头单位。', '加强区域协作：建立联席会议制度', '协作机制：每季度会商一次', '对口协作单位名单另行公布'])('%s', (line) => {
    expect(dutyLabelAt(line)).toBeNull();
  });

  it('reads no body from a sentence about working together', () => {
    const r = readResponsibility('2.深化区域协作。县卫健委与县民政局加强协作，共建医养结合机构。（牵头单位：县卫健委）');
    expect([r.lead, r.support]).toEqual([['县卫健委'], []]);
  });
});
