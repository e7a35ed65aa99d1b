import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isEachGroup } from './each-group';

describe('each-group: 各 before a kind of working group is generic', () => {
  it.each(['全区经济运行各专班', '各专班', '各工作专班', '区稳增长各工作组', '指挥部各成员单位', '各专项小组', '各牵头单位', '领导小组各成员单位'])(
    '%s',
    (name) => {
      expect(isEachGroup(name)).toBe(true);
      expect(isGenericActor(name)).toBe(true);
    },
  );
});
