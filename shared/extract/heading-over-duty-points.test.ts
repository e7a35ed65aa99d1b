import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('heading-over-duty-points: a section whose (一) only heads points with duties of their own', () => {
  it('reads the points under the heading as the measures beside the other sections\' (一)…', () => {
    const policy = read(
      '一、主要目标',
      '(一)地区生产总值增长7%左右。(省发改委负责)',
      '(二)公共财政收入增长8%左右。(省财政厅负责)',
      '(三)进出口总额增长8%左右。(省商务厅负责)',
      '二、推进产业项目建设',
      '(一)全力推进产业项目建设。',
      '1.抓好省级重点产业项目。(省发改委牵头,省工信委配合)',
      '2.重点抓好一批先进制造业项目。(省工信委负责)',
    );
    expect(policy.measures.map((m) => [m.label, m.title, m.lead])).toEqual([
      ['(一)', '地区生产总值增长7%左右', ['省发改委']],
      ['(二)', '公共财政收入增长8%左右', ['省财政厅']],
      ['(三)', '进出口总额增长8%左右', ['省商务厅']],
      ['1.', '抓好省级重点产业项目', ['省发改委']],
      ['2.', '重点抓好一批先进制造业项目', ['省工信委']],
    ]);
  });
});
