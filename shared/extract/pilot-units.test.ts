import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isPilotUnits } from './pilot-units';

describe('pilot-units: a kind of unit named only as the pilots is generic', () => {
  it.each(['试点学院', '各试点学院', '试点单位', '试点城市政府', '试点县', '试点医院', '试点的学院'])('%s', (name) => {
    expect(isPilotUnits(name)).toBe(true);
    expect(isGenericActor(name)).toBe(true);
  });
});
