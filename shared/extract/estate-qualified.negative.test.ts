import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';

// estate-qualified, where it must not fire: bodies whose names hold 小区 or 物业 but that are one body (a bureau's office
// for estates, a named estate company), and the bodies that guide the estates.
describe('estate-qualified: negative cases', () => {
  it.each(['区住房保障房屋管理局', '市房管局物业管理处', '小区管理办公室', '上海小区物业服务有限公司', '区物业管理行业协会'])('%s', (name) => {
    expect(isGenericActor(name)).toBe(false);
  });
});
