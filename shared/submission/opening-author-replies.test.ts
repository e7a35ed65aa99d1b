// A reply to people's congress deputies (or CPPCC members) names the body that answers at the head of its answer:
// 「…建议已收悉,现答复如下: 财政局对…高度重视」. Negative cases in opening-author-replies.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { authorInOpening } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('the body at the head of a reply’s answer', () => {
  it.each([
    ['尊敬的李晓林、周志勋等代表: 您提出的加大对青云镇工业园区基础配套设施建设扶持力度的建议已收悉,现答复如下: 财政局对青云工业园区基础配套设施建设发展高度重视,近年来,先后投入资金。', ['财政局']],
    ['您提出的关于加强农村饮水安全的建议收悉。现将有关情况答复如下：县水利局一直高度重视农村饮水安全工作。', ['县水利局']],
    ['张委员：您提出的提案已收悉，现答复如下：市教育局始终坚持教育优先发展。', ['市教育局']],
  ])('%s', (text, names) => {
    expect(authorInOpening(lines(text))).toEqual(names);
  });
});
