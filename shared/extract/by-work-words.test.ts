import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// by-work-words: a sentence that names the work, then 由 and who answers for it: the names are those after the 由.
describe('by-work-words: the work, 由, the body', () => {
  it.each([
    ['车辆安排由市交通局负责。', ['市交通局']],
    ['厅机关各工作组车辆安排由省公路局牵头。', ['省公路局']],
    ['城镇房屋管理三项制度工作由市房产局牵头。', ['市房产局']],
  ])('%s', (text, lead) => {
    expect(readResponsibility(text).lead).toEqual(lead);
  });

  it('reads every office of a kind after 由 as generic, and no body', () => {
    const r = readResponsibility('厅机关各工作组车辆安排由各联系的高速公路管理处(公司)负责。');
    expect([r.lead, r.support]).toEqual([[], []]);
  });
});
