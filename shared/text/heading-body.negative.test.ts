import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// A heading that closes on punctuation, an opener inside the first words, a bracket that names no duty, or a piece
// with no number: nothing to cut.
describe('heading-body: pieces that are no heading run into a paragraph', () => {
  it.each([
    // the heading already closes on a full stop: the title reader takes it from there
    ['（一）加强组织领导。按照要求，建立工作机制。'],
    // the opener too close to the number: it is the heading's own first word
    ['（二）按照规定落实补贴政策。'],
    ['（三）对于困难企业，给予补助。'],
    // a bracket that names no duty
    ['一、推进“三项制度”（试行）改革工作，按照部署实施。'],
    // a sentence before the opener
    ['二、各地要加强领导，按照要求落实。'],
    // no number at the start
    ['优化土地出让方式按照供需平衡原则，科学编制供地计划。'],
    // the duty bracket closes the piece
    ['一、强化科技创新(区科技局牵头)'],
    // a year with no 以来 after it: a heading's own year (「完成2025年目标任务」)
    ['（四）全面完成2025年目标任务，确保如期实现。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });

  it('leaves a paragraph of a document with its breaks whole: only pieces cut from a run-on line are read', () => {
    const line = '一、优化土地出让方式按照供需平衡原则，科学编制供地计划。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([line]);
  });
});
