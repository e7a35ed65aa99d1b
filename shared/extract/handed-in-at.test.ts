import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// handed-in-at: an applicant hands its papers in at an office (「申报单位至镇规建办提交相关资料，审核通过后取得…」, 七宝镇, 2020,
// 四、（二）–（五）): the office they are handed in at takes the step.
describe('handed-in-at: 至A提交… gives A the step', () => {
  it.each([
    ['项目施工前，申报单位至镇规建办提交相关资料，审核通过后取得回执单。', ['镇规建办']],
    ['建设单位至镇规建办申报项目，填报流转表。', ['镇规建办']],
    ['申请人至区行政服务中心递交申请材料。', ['区行政服务中心']],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });
});
