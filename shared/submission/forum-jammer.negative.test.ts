// Negative cases of forum-jammer (see forum-jammer.test.ts): ASCII a report writes stays.
import { describe, expect, it } from 'vitest';
import { withoutForumJammer } from './forum-jammer';

describe('forum-jammer: negative cases', () => {
  it.each([
    ['numbers of a table row', '1 2 3 4 5 6'],
    ['letters of a list', '分为 A B C D E 五档'],
    ['a web address and a record number', '鲁ICP备07500287号-1 网址:www.ycq.gov.cn'],
    ['a posting stamp', '2018-12-25 09:30 本文已影响0人'],
    ['a sentence with figures', 'PM2.5 年均浓度 28 微克/立方米,同比下降 6.7%。'],
  ])('keeps %s', (_what, text) => expect(withoutForumJammer(text)).toBe(text));
});
