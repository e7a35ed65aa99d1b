import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

// The clock-time rule: the hour of the day written before 前 keeps the day due.
const dates = (text: string) => extractDeadlines(text, { issuedOn: '2014-06-03' }).filter((d) => d.kind === 'by').map((d) => d.date);

describe('deadlines: a day due at an hour', () => {
  it.each([
    ['各市（州）于6月20日18：00前报送自查报告。', ['2014-06-20']],
    ['请于6月25日17:30前报送。', ['2014-06-25']],
    ['于7月1日12时前上报。', ['2014-07-01']],
    ['于7月1日下午5点前上报。', ['2014-07-01']],
    ['于2014年7月1日 9:00前上报。', ['2014-07-01']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
