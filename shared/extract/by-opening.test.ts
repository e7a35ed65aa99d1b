import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// The by-opening rule: a clause opening on 由 and bodies, then a verb of doing the work, gives them the work.
describe('prose-duty: a clause opening on 由 and bodies', () => {
  it.each([
    ['未在系统中开通的人员，由镇城运中心开通账号，提供采集表格。', [['镇城运中心', 'open']]],
    ['符合条件的，由区民政局、区财政局发放补贴。', [['区民政局', 'open'], ['区财政局', 'open']]],
    ['对逾期未整改的，由县市场监管局核查处理。', [['县市场监管局', 'open']]],
  ])('%s', (text, expected) => {
    expect(proseDuties(text).map((d) => [d.name, d.role])).toEqual(expected);
  });
});
