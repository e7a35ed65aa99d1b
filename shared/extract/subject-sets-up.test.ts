import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// The subject-sets-up rule: a body that sets up the work's mechanism (…建立…制度) carries the work.
describe('prose-duty: a body setting up a mechanism', () => {
  it.each([
    ['镇领导小组办公室建立完善的城镇房屋质量安全巡查制度，对排查整治工作进行督促指导。', [['镇领导小组办公室', 'open']]],
    ['区应急管理局建立隐患台账。', [['区应急管理局', 'open']]],
  ])('%s', (text, expected) => {
    expect(proseDuties(text).map((d) => [d.name, d.role])).toEqual(expected);
  });
});
