import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isPilotUnits } from './pilot-units';

describe('pilot-units: a named unit is a body', () => {
  it.each(['经济管理学院', '本科生院', '试点工作领导小组办公室', '国家试点办', '试点学院办公室', '宿马园区管委会'])('%s', (name) => {
    expect(isPilotUnits(name)).toBe(false);
  });

  it.each(['经济管理学院', '本科生院', '试点工作领导小组办公室'])('%s is no generic actor', (name) => {
    expect(isGenericActor(name)).toBe(false);
  });
});
