import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// handed-in-at, where it must not fire: a date or a span after 至, a kind of office, and papers sent on (提交至A, read by
// the sent-to rule, not this one).
describe('handed-in-at: negative cases', () => {
  it.each([
    '截至2023年底提交全部材料。',
    '自即日起至6月30日申报项目。',
    '建设单位至相关部门提交材料。',
    '申报单位至所在村委会附近办理手续。',
  ])('%s', (text) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([]);
  });
});
