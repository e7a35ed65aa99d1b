// Negative cases of stamp-before-count (see detect-date-stamp-before-count.test.ts).
import { describe, expect, it } from 'vitest';
import { leadingStamp } from './report-metadata';

describe('stamp-before-count: negative cases', () => {
  it.each([
    ['a day with a sentence after it', '2018-12-25 召开了督导工作会议'],
    ['a day with a count of people in the work', '2018-12-25 参加人数120人'],
    ['a day that does not exist', '2018-02-30 本文已影响0人'],
    ['a count with no day before it', '本文已影响0人 DuDuDu_e980'],
  ])('not %s', (_what, text) => expect(leadingStamp(text)).toBeNull());
});
