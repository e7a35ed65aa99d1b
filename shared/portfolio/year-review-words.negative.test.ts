// Negative cases of year-review-words (see year-review-words.test.ts): what demand is raised for, and what is opened or
// restructured, stay subjects; only the review's stock phrases are framing.
import { describe, expect, it } from 'vitest';
import { isFramingWord } from './framing-words';
import { isSubjectTerm } from './policy-terms';

describe('year-review-words: words that stay subjects', () => {
  it.each(['消费', '内需', '投资', '开放', '结构', '对外开放', '产业结构'])('%s', (word) => {
    expect(isFramingWord(word)).toBe(false);
  });

  it('a report on raising consumption keeps its subject words', () => {
    expect(['消费', '投资', '出口'].every(isSubjectTerm)).toBe(true);
  });
});
