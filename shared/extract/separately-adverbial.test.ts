import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// separately-adverbial: 另行 between a body and its verb says the body will do it on its own, later; the body carries the
// duty (「预选承包商管理办法和限额以下工程承发包规则由镇采购办另行制定」, 七宝镇, 2020).
describe('separately-adverbial: 另行 leaves the body its duty', () => {
  it.each([
    ['预选承包商管理办法由镇采购办另行制定。', ['镇采购办']],
    ['具体办法由区财政局另行制定。', ['区财政局']],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });
});
