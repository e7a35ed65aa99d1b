import { describe, expect, it } from 'vitest';
import { dutyLabelAt } from './duty-label';
import { readResponsibility } from './responsibility';

// support-label: 支撑 in a sentence, or in a word that is no label, names no one.
describe('support-label: no label without the colon', () => {
  it.each(['支撑单位要提供技术保障。', '支撑材料：项目清单', '为产业发展提供支撑：资金、用地', '技术支撑单位名单另行公布'])('%s', (line) => {
    expect(dutyLabelAt(line)).toBeNull();
  });

  it('reads no body from a sentence about support', () => {
    const r = readResponsibility('3.强化要素支撑。区财政局提供资金支撑，保障项目推进。（牵头单位：区发展改革委）');
    expect([r.lead, r.support]).toEqual([['区发展改革委'], []]);
  });
});
