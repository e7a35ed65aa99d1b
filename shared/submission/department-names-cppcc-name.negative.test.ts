// Negative cases of cppcc-name (see department-names-cppcc-name.test.ts): 会议 in any other words is still a meeting's.
import { describe, expect, it } from 'vitest';
import { looksLikeDepartment } from './department-names';

describe('cppcc-name: negative cases', () => {
  it.each([
    ['a session of the conference', '政协第十三届全国委员会第三次会议'],
    ['a meeting of a bureau', '县财政局党组会议'],
    ['a meeting named with its office', '区政府常务会议办公室'],
    ['a sentence on the conference', '出席中国人民政治协商会议全国委员会'],
  ])('not %s', (_what, name) => expect(looksLikeDepartment(name)).toBe(false));
});
