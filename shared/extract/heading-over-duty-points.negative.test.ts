import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });
const head = ['一、主要目标', '(一)地区生产总值增长7%左右。(省发改委负责)', '(二)公共财政收入增长8%左右。(省财政厅负责)', '(三)进出口总额增长8%左右。(省商务厅负责)', '二、推进产业项目建设'];

describe('heading-over-duty-points: negative cases', () => {
  it('keeps a heading with a duty of its own as the measure, its points its content', () => {
    const policy = read(...head, '(一)全力推进产业项目建设。(省发改委牵头)', '1.抓好省级重点产业项目。(省发改委负责)', '2.抓好一批先进制造业项目。(省工信委负责)');
    expect(policy.measures.map((m) => m.label)).toEqual(['一、(一)', '一、(二)', '一、(三)', '二、(一)']);
  });

  it('keeps the heading when one of its points carries no duty', () => {
    const policy = read(...head, '(一)全力推进产业项目建设。', '1.抓好省级重点产业项目。(省发改委负责)', '2.抓好一批先进制造业项目。');
    expect(policy.measures.map((m) => m.label)).toEqual(['一、(一)', '一、(二)', '一、(三)', '二、(一)']);
  });
});
