import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

// The clock-time rule: what it leaves alone.
const dates = (text: string) => extractDeadlines(text, { issuedOn: '2014-06-03' }).filter((d) => d.kind === 'by').map((d) => d.date);

describe('deadlines: a day due at an hour, negative cases', () => {
  it.each([
    // a day and an hour without 前 is when something happens, no due date
    ['会议定于6月20日9：00召开。'],
    ['6月20日18时举行启动仪式。'],
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
