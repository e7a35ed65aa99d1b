// Negative cases of in-charge-head (see news-accounts-in-charge-head.test.ts).
import { describe, expect, it } from 'vitest';
import { reportingHead } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('in-charge-head: negative cases', () => {
  it.each([
    ['the one in charge chairing, not reporting', '会议由叶塘镇党委主要负责同志主持。'],
    ['the one in charge pledging, not reporting', '叶塘镇主要负责同志表示,接下来将持续做好巡察反馈整改工作。'],
    ['no body before the post', '主要负责同志就整改进展情况进行了汇报。'],
    ['every town’s, not one', '各镇主要负责同志就整改进展情况进行了汇报。'],
    ['a report with no subject of work', '叶塘镇党委主要负责同志就此进行了汇报。'],
  ])('none for %s', (_what, text) => expect(reportingHead(lines(text))).toEqual([]));
});
