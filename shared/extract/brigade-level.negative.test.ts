import { describe, expect, it } from 'vitest';
import { takesLevel } from './list-level-prefix';

// brigade-level, where it must not fire: a brigade that writes its level or place, every brigade of a kind, and teams
// of people that are no body.
describe('brigade-level: negative cases', () => {
  it.each(['县城市管理执法大队', '松原市公安局交通警察支队', '各乡镇执法队', '志愿服务队伍', '巡逻队员'])('%s', (name) => {
    expect(takesLevel(name)).toBe(false);
  });
});
