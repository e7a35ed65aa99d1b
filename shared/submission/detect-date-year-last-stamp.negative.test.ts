// Negative cases of year-last-stamp (see detect-date-year-last-stamp.test.ts).
import { describe, expect, it } from 'vitest';
import { leadingStamp } from './report-metadata';

describe('year-last-stamp: negative cases', () => {
  it.each([
    ['a month that does not exist', '17-09 / 2025'],
    ['a day past the month’s end', '02-30 / 2024'],
    ['a page count', '3 / 12'],
    ['words on the line', '发布于09-17 / 2025'],
    ['a year that is no year', '09-17 / 1234'],
  ])('not %s', (_what, line) => expect(leadingStamp(line)).toBeNull());
});
