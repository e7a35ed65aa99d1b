import { describe, expect, it } from 'vitest';
import { isLeaderClause } from './leader-clause';
import { readResponsibility } from './responsibility';

describe('leader-opening: negative cases', () => {
  it.each(['由市发改委负责', '市长热线负责受理', '由副市长审定后印发', '主任委员会负责'])('%s is no leader\'s clause', (clause) => {
    expect(isLeaderClause(clause)).toBe(false);
  });

  it('reads no body from a sentence whose bodies come after other words, leader or not', () => {
    const read = readResponsibility('由吴继德副市长负责,加强沟通衔接,企业牵头,高校配合,共建研发平台。');
    expect([read.lead, read.support]).toEqual([[], []]);
  });
});
