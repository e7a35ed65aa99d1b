import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// The subject-sets-up rule: what it leaves alone.
describe('prose-duty: a body setting up a mechanism, negative cases', () => {
  it.each([
    // a modal and a partner before 建立: the run is no subject
    ['县级政务新媒体要与本地区融媒体中心建立沟通协调机制。'],
    // a generic actor sets it up
    ['各部门建立工作台账。'],
    // 建立 opening the clause: no subject at all
    ['建立健全长效机制。'],
  ])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
