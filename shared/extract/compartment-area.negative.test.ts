import { describe, expect, it } from 'vitest';
import { looksLikeBody } from './departments';

// compartment-area, where it must not fire: places and their governments named alone (越秀区, 官渡区, 汉阳县), bodies
// ending on 分局 or 分院, and a district whose name holds 分 before its last character but one.
describe('compartment-area: negative cases', () => {
  it.each(['越秀区', '官渡区', '汉阳县', '市公安局浦东分局', '市规划设计研究院分院', '分宜县'])('%s', (name) => {
    expect(looksLikeBody(name)).toBe(true);
  });
});
