import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// sent-to, where it must not fire: a body whose own duty is to send (「镇规建办负责报送…」), a body before a time span written
// with 至 (「1月至3月」), and 至 in a name of no office.
describe('sent-to: negative cases', () => {
  it.each([
    ['镇规建办负责将备案信息报送区建管委。', ['镇规建办']],
    ['区财政局负责1月至3月的预算审核。', ['区财政局']],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });

  it('names no office for papers sent to a kind of body', () => {
    expect(proseDuties('建设单位提交相关资料至相关部门审核。').map((d) => d.name)).toEqual([]);
  });
});
