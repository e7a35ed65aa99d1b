// Negative cases of organ-title (see report-metadata-organ-title.test.ts): a title opening on a place still names the
// place's government, a place's Party committee after its name included.
import { describe, expect, it } from 'vitest';
import { placeGovernmentOfTitle } from './report-metadata';

describe('organ-title: negative cases', () => {
  it.each([
    ['a city whose name opens like a committee’s', '2022年市中区法治政府建设情况报告', '市中区人民政府'],
    ['a district', '2020年静海区法治政府建设情况报告', '静海区人民政府'],
    ['a county after the year', '2021年云溪县优化营商环境工作总结', '云溪县人民政府'],
    ['a town', '下洋镇2023年法治政府建设年度报告', '下洋镇人民政府'],
  ])('still %s', (_what, title, government) => expect(placeGovernmentOfTitle(title)).toBe(government));

  it('no place for a place’s own Party committee either', () => expect(placeGovernmentOfTitle('静海区委2022年工作总结')).toBeNull());
});
