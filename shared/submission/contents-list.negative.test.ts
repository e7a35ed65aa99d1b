import { describe, expect, it } from 'vitest';
import { contentsEnd, withoutContents } from './contents-list';

const lines = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('contents list: negative cases (the report is read from its first line)', () => {
  it.each([
    ['a report whose headings never repeat', '区民政局2023年工作总结\n一、主要工作\n2023年，我局坚持…。\n二、存在问题\n一是…。'],
    // the heading's words come again later, but a sentence came between: that was the report's body
    ['a heading quoted again after the body began', '一、总体情况\n今年以来，我局认真落实…。\n二、主要做法\n一、总体情况'],
    ['too short a list to be contents', '一、政府决算报告\n二、政府决算说明\n一、政府决算报告\n关于…的报告'],
    ['a first entry far below the top', '标题\n副标题\n发布时间：2024-01-01\n来源：区政府\n作者\n一、总体情况\n二、主要做法\n三、存在问题\n四、下一步打算\n一、总体情况'],
    ['no numbered line at all', '关于2023年工作的报告\n区财政局\n主任、各位副主任、各位委员：'],
  ])('%s', (_what, text) => {
    expect(contentsEnd(lines(text))).toBe(0);
    expect(withoutContents(lines(text))).toEqual(lines(text));
  });
});
