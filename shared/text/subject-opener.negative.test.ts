import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// Bodies inside the heading, after 、 in a list begun before them, or with nothing they are to do, end no heading.
describe('subject-opener: bodies that open no paragraph', () => {
  it.each([
    // the heading's own first words
    ['（二）各地要加强组织领导，压实责任。'],
    // 各 inside the heading, with nothing to do after it
    ['（三）压实各方责任'],
    // a body going on a list begun before it (when the list opens on a body named by its level, body-subject cuts there)
    ['（五）加强部门协作区属企业、各镇应按要求配合。'],
    // after a comma: inside the sentence
    ['四、加强监管，各部门要履职尽责。'],
    // a government named in the heading, with no 要, 应, 须 or 将 after it
    ['一、发挥市政府统筹作用'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
