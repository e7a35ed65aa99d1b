// Negative cases of masthead-issue (see report-layout-masthead-issue.test.ts).
import { describe, expect, it } from 'vitest';
import { readMasthead } from './report-layout';

describe('masthead-issue: negative cases', () => {
  it.each([
    ['an issue number alone', '第10期'],
    ['a sentence going on after the issue', '暖泉街道办事处第10期简报刊发了整治情况'],
    ['an issue number inside a title', '关于印发第10期督查通报的通知'],
    ['a number that is no issue', '暖泉街道办事处 第10次会议 2013年3月22日'],
    ['a line opening on a date', '2013年3月22日 第10期'],
  ])('not %s', (_what, line) => expect(readMasthead(line)).toBeNull());
});
