// Negative cases of year-count-subject (see opening-author-year-count.test.ts).
import { describe, expect, it } from 'vitest';
import { subjectOfYear } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('year-count-subject: negative cases', () => {
  it.each([
    ['a year run onto a subject that is no body', '2025年全县共收到县人大代表建议30件。'],
    ['a year run onto a body with no count after it', '2025年内黄县教育局收到县人大代表建议30件。'],
    ['a count the body did not handle', '2025年内黄县教育局共有教职工3000人。'],
    ['a year with nothing before the count', '2025年共办理建议30件。'],
  ])('not %s', (_what, text) => expect(subjectOfYear(lines(text))).toEqual([]));
});
