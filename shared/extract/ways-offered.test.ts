import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// ways-offered: 「可以采取由A…、B或者C三种方式」 offers A's doing it as one way among others; A is given no duty.
describe('ways-offered: a body named as one way offered is given no duty', () => {
  it.each([
    '确有改造需求的，可以采取由区绿化市容局统一改造、纳入旧房修缮改造计划或者自行改造三种方式。',
    '可采用由区房管局代为维修或者业主自行维修的方式。',
  ])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
