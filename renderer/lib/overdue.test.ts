import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../shared/types';
import { daysOverdue, isDueSoon, notCountedYet, shownStatus } from './overdue';

type O = Pick<Obligation, 'status' | 'due' | 'respondedOn'>;
const AS_OF = '2022-01-31';

describe('daysOverdue', () => {
  it.each<[O, number | null]>([
    [{ status: 'late', due: '2021-11-30', respondedOn: '2022-01-05' }, 36],
    [{ status: 'late', due: '2021-12-31', respondedOn: '2022-01-01' }, 1],
    [{ status: 'missing', due: '2021-12-31', respondedOn: null }, 31],
    [{ status: 'missing', due: '2022-01-31', respondedOn: null }, 0],
    // Not overdue at all.
    [{ status: 'on_time', due: '2021-12-31', respondedOn: '2021-12-01' }, null],
    [{ status: 'pending', due: '2022-03-31', respondedOn: null }, null],
    [{ status: 'late', due: '2021-12-31', respondedOn: null }, null],
  ])('%j → %s', (o, days) => {
    expect(daysOverdue(o, AS_OF)).toBe(days);
  });
});

describe('isDueSoon', () => {
  it.each<[O, number, boolean]>([
    [{ status: 'pending', due: '2022-01-31', respondedOn: null }, 14, true],
    [{ status: 'pending', due: '2022-02-14', respondedOn: null }, 14, true],
    [{ status: 'pending', due: '2022-02-15', respondedOn: null }, 14, false],
    [{ status: 'pending', due: '2022-02-15', respondedOn: null }, 30, true],
    // Already answered, already missing, or on time: never "due soon".
    [{ status: 'pending', due: '2022-02-01', respondedOn: '2022-01-20' }, 14, false],
    [{ status: 'missing', due: '2022-01-30', respondedOn: null }, 14, false],
    [{ status: 'on_time', due: '2022-02-01', respondedOn: '2022-01-02' }, 14, false],
  ])('%j within %d days → %s', (o, days, soon) => {
    expect(isDueSoon(o, AS_OF, days)).toBe(soon);
    expect(shownStatus(o, AS_OF, days)).toBe(soon ? 'soon' : o.status);
  });
});

describe('notCountedYet', () => {
  it.each([
    ['2026-12-06', '2022-01-31', '晚于统计截止日期，本次统计不计入'],
    ['2022-02-01', '2022-01-31', '晚于统计截止日期，本次统计不计入'],
    ['2022-01-31', '2022-01-31', null],
    ['2021-10-18', '2022-01-31', null],
    [null, '2022-01-31', null],
  ])('a report of %s as of %s: %s', (date, asOf, expected) => {
    expect(notCountedYet(date, asOf)).toBe(expected);
  });
});
