import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// A section word that goes on into a longer heading, closes on punctuation or stands alone cuts nothing.
describe('section-word: section words that end no heading', () => {
  it.each([
    // the word goes on into a longer heading
    ['（一）组织领导小组'],
    ['三、主要任务和分工'],
    ['（四）工作目标考核'],
    ['五、职责分工表'],
    // the heading alone
    ['一、总体要求'],
    // punctuation right after the word: the heading closes itself
    ['（二）工作要求。各单位按时报送。'],
    // the word inside a sentence, not opening the item
    ['（三）各单位按照工作要求开展自查。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
