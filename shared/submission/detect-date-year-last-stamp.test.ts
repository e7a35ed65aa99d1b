// year-last-stamp: a news site's date written month and day first and the year after a slash, alone on its line under the
// title (09-17 / 2025), dates the page when nothing stronger does (report-metadata.ts, leadingStamp). Lines adapted from the
// real report of __fixtures__/real (yunnan-design-group-reform).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { leadingStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('year-last-stamp', () => {
  it.each([
    ['09-17 / 2025', '2025-09-17'],
    ['3-5/2021', '2021-03-05'],
  ])('reads %s', (line, date) => expect(leadingStamp(line)).toBe(date));

  it('dates a group’s news item under its title', () => {
    const text = ['省国资委督查组到集团开展国企改革三年行动督查评估', '09-17 / 2025', '9月12日,省国资委督查组率队到集团开展国企改革三年行动重点任务督查评估。'].join('\n');
    const found = detectDate(paragraphs(text), '2099-01-01');
    expect([found.date, found.dateSource]).toEqual(['2025-09-17', 'header']);
  });
});
