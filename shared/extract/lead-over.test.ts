import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// lead-over and then-by: 「由A牵头B、C核查…」 — A leads, B and C support; 「…，则由A落实…」 gives A the work.
describe('lead-over, then-by', () => {
  it('reads the bodies led as support', () => {
    expect(proseDuties('由平安办牵头信访办、城运中心核查有无投诉工单。').map((d) => [d.name, d.role])).toEqual([['平安办', 'lead'], ['信访办', 'support'], ['城运中心', 'support']]);
  });
  it('reads 则由 as 由', () => {
    expect(proseDuties('若以上流程均通过，则由平安办落实用印审批程序。').map((d) => d.name)).toEqual(['平安办']);
  });
});
