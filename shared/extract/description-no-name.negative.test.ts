import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// description-no-name, negative: a name with no 的 is read as before.
describe('description-no-name: negative cases', () => {
  it('reads a body named plainly', () => {
    expect(proseDuties('区规划资源局应严格按照标准进行审批。').map((d) => d.name)).toEqual(['区规划资源局']);
  });
});
