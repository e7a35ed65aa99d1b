import { describe, expect, it } from 'vitest';
import { formatDate, formatRespondedOn, IMPORTED_ON_NOTE } from './dates';

describe('the date a duty was reported on', () => {
  it('is written as the office writes dates', () => {
    expect(formatDate('2021-11-30')).toBe('2021年11月30日');
    expect(formatRespondedOn({ respondedOn: '2021-11-30' })).toBe('2021年11月30日');
  });

  it('says when it is only the day an undated report was imported', () => {
    expect(formatRespondedOn({ respondedOn: '2021-12-03', respondedOnImported: true })).toBe(`2021年12月3日${IMPORTED_ON_NOTE}`);
  });

  it('shows a dash when nothing was reported, note or not', () => {
    expect(formatRespondedOn({ respondedOn: null })).toBe('—');
    expect(formatRespondedOn({ respondedOn: null, respondedOnImported: true })).toBe('—');
  });
});
