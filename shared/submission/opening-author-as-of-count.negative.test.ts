// Negative cases of as-of-count-subject (see opening-author-as-of-count.test.ts).
import { describe, expect, it } from 'vitest';
import { subjectOfYear } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('as-of-count-subject: negative cases', () => {
  it.each([
    ['a subject that is no body', '截至11月29日,全县共收到群众信访举报件22件。'],
    ['a count of what the body has, not what it handled', '截至6月底,县生态环境局共有干部职工45人。'],
    ['a body after the day with no count', '截至6月底,县生态环境局对交办件逐一核查。'],
    ['no day the count runs to', '按照要求,县生态环境局已办结交办件11件。'],
  ])('not %s', (_what, text) => expect(subjectOfYear(lines(text))).toEqual([]));
});
