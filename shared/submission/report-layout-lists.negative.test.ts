// Negative cases of the list heading above a signature (report-layout-lists.test.ts): sentences are no headings,
// and a joint signature under the body's last sentence keeps every signer.
import { describe, expect, it } from 'vitest';
import { findClosingBlock, isListHeading, nonEmptyLines } from './report-layout';

const linesOf = (text: string) => nonEmptyLines(text.split('\n').map((t, index) => ({ index, text: t })));

describe('a list heading: negative cases', () => {
  it.each([
    ['a closing sentence', '特此报告。'],
    ['a numbered paragraph with a sentence', '2、加强督查。各单位要按时整改。'],
    ['a name alone', '交通局'],
    ['a date', '2020年4月10日'],
    ['a numbered line with a sentence closed by a colon', '1、整改情况。具体如下：'],
  ])('not %s', (_what, line) => {
    expect(isListHeading(line)).toBe(false);
  });
});

describe('signatures that keep every name', () => {
  it.each([
    ['a joint signature under the closing sentence', '正文。\n特此报告。\n区发展和改革委员会\n区商务局\n2021年11月30日', ['区发展和改革委员会', '区商务局']],
    ['a single signer directly under a heading', '正文。\n三、附件名单\n区财政局\n2021年11月30日', ['区财政局']],
  ])('%s', (_what, text, names) => {
    expect(findClosingBlock(linesOf(text)).names).toEqual(names);
  });
});
