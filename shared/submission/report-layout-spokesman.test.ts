// spokesman-signature: a reply signed by a body's spokesman (南湖街道办发言人, 市交通运输局新闻发言人) is signed by the body
// (report-layout.ts, spokesmanBody, read in the closing block). Lines adapted from the real report of __fixtures__/real
// (nanhu-street-forum-reply).
import { describe, expect, it } from 'vitest';
import { findClosingBlock, nonEmptyLines, spokesmanBody } from './report-layout';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('spokesman-signature', () => {
  it.each([
    ['南湖街道办发言人', '南湖街道办'],
    ['市交通运输局新闻发言人', '市交通运输局'],
    ['县住房和城乡建设局发言人', '县住房和城乡建设局'],
  ])('%s signs for its body', (text, name) => expect(spokesmanBody(text)).toEqual([name]));

  it('reads the spokesman’s line as the reply’s signature', () => {
    const text = ['网友您好', '来件收悉。街道执法队立即安排工作人员前往核查。', '感谢网友对我们工作的支持!', '南湖街道办发言人'].join('\n');
    expect(findClosingBlock(nonEmptyLines(paragraphs(text))).names).toEqual(['南湖街道办']);
  });
});
