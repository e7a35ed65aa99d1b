import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// Brackets after an article's number that are no heading, or a heading with nothing after it, cut nothing.
describe('article-heading: brackets that end no article heading', () => {
  it.each([
    // the article's heading alone: nothing runs on after it
    ['第三条（定义）'],
    // a bracket going on inside the sentence
    ['第五条（试行），自印发之日起施行。'],
    // a number cited in brackets, no heading
    ['第六条（一）项所列情形，按本办法处理。'],
    // a duty bracket, not a heading: the duty-bracket reading decides, not this one
    ['第七条（镇规划建设办负责）'],
    // sentence punctuation inside the bracket: a remark, not a heading
    ['第八条（本条款适用于新建、改建项目）按规定执行。'],
    // no bracket right after the number
    ['第九条 村庄道路竣工验收（含附属设施）后移交。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
