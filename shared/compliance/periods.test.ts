import { describe, expect, it } from 'vitest';
import { monthly, quarterly } from './__fixtures__/build';
import { periodDueDates, periodStatuses } from './periods';

describe('periodDueDates', () => {
  it.each([
    ['first due strictly after the date of issue', monthly(4), '2021-09-06', '2021-12-10', ['2021-10-04', '2021-11-04', '2021-12-04', '2022-01-04']],
    ['issued on the day itself: next month', monthly(4), '2021-09-04', '2021-10-01', ['2021-10-04']],
    ['issued the day before: this month', monthly(4), '2021-09-03', '2021-09-20', ['2021-09-04', '2021-10-04']],
    ['as-of on a due date: that one is the last', monthly(4), '2021-09-06', '2021-11-04', ['2021-10-04', '2021-11-04']],
    ['day past a month end is the month end', monthly(31), '2021-10-31', '2021-12-01', ['2021-11-30', '2021-12-31']],
    ['across the year end', monthly(10), '2021-11-20', '2022-02-01', ['2021-12-10', '2022-01-10', '2022-02-10']],
    ['quarter ends', quarterly(), '2021-09-06', '2022-01-15', ['2021-09-30', '2021-12-31', '2022-03-31']],
    ['a day in the first month of each quarter', quarterly({ day: 5 }), '2021-09-06', '2022-01-01', ['2021-10-05', '2022-01-05']],
  ])('%s', (_label, deadline, issued, asOf, expected) => {
    expect(periodDueDates(deadline, issued, asOf)).toEqual(expected);
  });
});

describe('periodStatuses', () => {
  const dues = ['2021-10-04', '2021-11-04', '2021-12-04', '2022-01-04'];
  const asOf = '2021-12-10';

  it.each([
    ['every period answered on time', ['2021-10-03', '2021-11-04', '2021-12-01'], ['on_time', 'on_time', 'on_time', 'pending']],
    ['nothing sent', [], ['missing', 'missing', 'missing', 'pending']],
    ['late for one period, then on time for the next', ['2021-10-10', '2021-11-03'], ['late', 'on_time', 'missing', 'pending']],
    ['one late report answers one period only', ['2021-10-10'], ['late', 'missing', 'missing', 'pending']],
    ['two reports in one window answer that period only', ['2021-10-01', '2021-10-02'], ['on_time', 'missing', 'missing', 'pending']],
    ['a report before the date of issue answers the first period', ['2021-09-01'], ['on_time', 'missing', 'missing', 'pending']],
    ['after a due date, a report fills the missed period late', ['2021-12-08'], ['missing', 'missing', 'late', 'pending']],
  ])('%s', (_label, reports, expected) => {
    expect(periodStatuses(dues, reports, asOf).map((p) => p.status)).toEqual(expected);
  });

  it('records the date each period was answered on', () => {
    const periods = periodStatuses(dues, ['2021-10-10', '2021-11-03'], asOf);
    expect(periods.map((p) => p.respondedOn)).toEqual(['2021-10-10', '2021-11-03', null, null]);
    expect(periods.map((p) => p.due)).toEqual(dues);
  });
});
