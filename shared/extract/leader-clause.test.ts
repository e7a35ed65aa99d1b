import { describe, expect, it } from 'vitest';
import { isLeaderClause } from './leader-clause';
import { readResponsibility } from './responsibility';

describe('leader-opening: the leader who answers, named before the bodies, keeps the assignment going', () => {
  it.each(['由吴继德副市长负责', '由杨志武副市长负责', '王丹县长负责', '由常务副省长牵头', '由分管副区长负责'])('%s is a leader\'s clause', (clause) => {
    expect(isLeaderClause(clause)).toBe(true);
  });

  it.each([
    ['由吴继德副市长负责,市建设局牵头,市发改委配合,按照要求进一步修改完善项目建设方案。', ['市建设局'], ['市发改委']],
    ['由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。', ['市发改委'], []],
    ['由县长负责,县财政局牵头,县税务局、县人社局配合,于6月底前完成宣传。', ['县财政局'], ['县税务局', '县人社局']],
  ])('%s', (text, lead, support) => {
    const read = readResponsibility(text);
    expect([read.lead, read.support]).toEqual([lead, support]);
  });
});
