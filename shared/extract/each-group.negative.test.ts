import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isEachGroup } from './each-group';

describe('each-group: negative cases', () => {
  it.each(['区经济运行专班', '市重点项目建设工作专班', '区委全面深化改革领导小组办公室', '县疫情防控指挥部', '区发改局', '立山经济开发区'])(
    '%s is one body',
    (name) => {
      expect(isEachGroup(name)).toBe(false);
      expect(isGenericActor(name)).toBe(false);
    },
  );
});
