// Negative cases of spokesman-signature (see report-layout-spokesman.test.ts).
import { describe, expect, it } from 'vitest';
import { spokesmanBody } from './report-layout';

describe('spokesman-signature: negative cases', () => {
  it.each([
    ['a spokesman with no body', '新闻发言人'],
    ['a sentence on what a spokesman said', '据市交通运输局新闻发言人介绍,改造已完成。'],
    ['a spokesman named after the post', '南湖街道办发言人张明'],
    ['a sentence ending on the word', '会议明确了本次活动的发言人'],
  ])('none for %s', (_what, text) => expect(spokesmanBody(text)).toBeNull());
});
