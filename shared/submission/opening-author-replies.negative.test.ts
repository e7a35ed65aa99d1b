// Negative cases of opening-author-replies.test.ts: an answer that opens on no body, on the deputy's suggestion
// or on the whole place names no author.
import { describe, expect, it } from 'vitest';
import { authorInOpening } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('a reply’s answer that names no body: negative cases', () => {
  it.each([
    ['the answer opens on the suggestion', '您提出的建议已收悉，现答复如下：您的建议对我县工业园区建设很有意义。'],
    ['the answer opens on the whole county', '您提出的建议已收悉，现答复如下：全县上下高度重视园区建设。'],
    ['the answer opens on a clause', '您提出的建议已收悉，现答复如下：近年来，我们先后投入资金建设道路。'],
    ['no answer announced', '财政局对青云工业园区基础配套设施建设发展高度重视。'],
  ])('%s', (_what, text) => {
    expect(authorInOpening(lines(text))).toEqual([]);
  });
});
