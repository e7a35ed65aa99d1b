import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// A verb said twice inside one heading, with too little between, after a comma, or opening no new object, cuts nothing.
describe('echoed-verb: a verb said again that opens no sentence', () => {
  it.each([
    // the heading's verb said again after too short an object: 「加强加强」-like doubling is no heading
    ['（一）加强加强组织领导'],
    // after a comma: the heading's two clauses
    ['（二）规范市场，规范服务'],
    // the verb again at the end, with no object after it
    ['（三）推进改革推进'],
    // a heading not opening on a verb of the genre's headings
    ['（四）营商环境环境整治'],
    // the verb inside a word of the heading's object, followed by punctuation
    ['（五）支持企业发展支持。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
