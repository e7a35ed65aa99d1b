import { describe, expect, it } from 'vitest';
import { ownUnitsBody } from './division-paragraphs';

// own-units, where it must not fire: 各 before a kind that is no body's own units (各街道, 各区县), a bare kind with no
// body before 各 (各派出所), and a name that only holds 所 or 站 at its end (区安监所, 镇农业服务站).
describe('own-units: negative cases', () => {
  it.each(['区政府各街道', '各派出所', '区安监所', '镇农业服务站', '市政府各有关部门'])('%s', (name) => {
    expect(ownUnitsBody(name)).toBe(name);
  });
});
