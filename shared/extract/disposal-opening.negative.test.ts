import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

describe('disposal-opening: a body before 将, and a place named 将乐, still carry the duty', () => {
  it.each<[string, string[]]>([
    ['区民防办将应急避难场所纳入年度建设计划。', ['区民防办']],
    ['将乐县人民政府负责组织实施。', ['将乐县人民政府']],
    ['由区建设管理委将建设内容纳入管理流程。', ['区建设管理委']],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });
});
