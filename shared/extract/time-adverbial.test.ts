import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// time-adverbial: 「在审批时」 between a subject and its modal is the time of its duty, no part of its name.
describe('time-adverbial: A在…时应当…', () => {
  it('reads the subject before the time', () => {
    expect(proseDuties('区规划资源局在审批时应当严格把关。').map((d) => d.name)).toEqual(['区规划资源局']);
  });
});
