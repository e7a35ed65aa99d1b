import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

describe('noun-of-noun: a noun that qualifies a short noun closed by 的 does not end the heading\'s object', () => {
  it.each([
    '4.继续加强厅行政规范性文件及其他重要政策文件的标准化管理,依托厅网站公开专栏政策文件库,定期开展梳理。',
    '（二）加强规范性文件及其他重要政策文件的统一发布,及时清理失效文件。',
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
