// Negative cases of cited-place (see report-metadata-cited-place.test.ts): titles naming a place still name its government.
import { describe, expect, it } from 'vitest';
import { placeGovernmentOfTitle } from './report-metadata';

describe('cited-place: negative cases', () => {
  it.each([
    ['a title naming a district', '2020年静海区法治政府建设情况报告', '静海区人民政府'],
    ['a title naming a town', '下洋镇2023年法治政府建设年度报告', '下洋镇人民政府'],
    ['a title naming a new district', '西咸新区2022年政府信息公开工作年度报告', '西咸新区人民政府'],
  ])('still %s', (_what, title, government) => expect(placeGovernmentOfTitle(title)).toBe(government));
});
