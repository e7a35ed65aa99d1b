import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// 由…负责 inside a heading, or with no comma after it, ends no heading.
describe('duty-clause: 由…负责 that opens no paragraph', () => {
  it.each([
    // the duty closes the heading: nothing after it but the end
    ['一、由政府负责兜底保障'],
    // within the heading's first words
    ['（一）由市负责，统筹推进。'],
    // after a comma: inside the sentence
    ['2、加快项目建设，由市建委牵头，抓好落实。'],
    // 由 with no duty after it
    ['3、存量房房龄限制由20年延长至30年，贷款年限相应延长。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
