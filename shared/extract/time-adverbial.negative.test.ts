import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// time-adverbial, negative: a clause opening on 在 is no subject, and a long span is no time adverbial.
describe('time-adverbial: negative cases', () => {
  it.each(['在审批时应当严格把关。', '区规划资源局在本市范围内各类建设项目审批时应当严格把关。'])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
