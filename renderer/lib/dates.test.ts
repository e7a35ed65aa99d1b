import { describe, expect, it } from 'vitest';
import { formatDate, formatRespondedOn, hasResponseToShow, IMPORTED_ON_NOTE } from './dates';

describe('the date a duty was reported on', () => {
  it('is written as the office writes dates', () => {
    expect(formatDate('2021-11-30')).toBe('2021年11月30日');
    expect(formatRespondedOn({ respondedOn: '2021-11-30' })).toBe('2021年11月30日');
  });

  it('says when it is only the day an undated report was imported', () => {
    expect(formatRespondedOn({ respondedOn: '2021-12-03', respondedOnImported: true })).toBe(`2021年12月3日${IMPORTED_ON_NOTE}`);
  });

  it('after a 退回 with no report since, keeps the day of the report sent back beside the dash', () => {
    const evidence = [
      { file: 'a.txt', date: '2025-06-13', excerpt: '', how: 'reference' as const },
      { file: 'b.txt', date: '2025-03-02', excerpt: '', how: 'reference' as const },
    ];
    const returned = { kind: 'returned' as const, date: '2025-07-01' };
    expect(formatRespondedOn({ respondedOn: null, evidence, decision: returned })).toBe('—（2025年6月13日的报告已退回）');
    expect(hasResponseToShow({ respondedOn: null, decision: returned })).toBe(true);
    // an undated report sent back: no day to name, still said
    expect(formatRespondedOn({ respondedOn: null, evidence: [{ ...evidence[0], date: null }], decision: returned })).toBe('—（报告已退回）');
  });

  it('after a 退回 answered by a new report, shows the new report’s day; other decisions change nothing', () => {
    const returned = { kind: 'returned' as const, date: '2025-07-01' };
    expect(formatRespondedOn({ respondedOn: '2025-08-01', decision: returned })).toBe('2025年8月1日');
    expect(formatRespondedOn({ respondedOn: null, decision: { kind: 'closed', date: '2025-07-01' } })).toBe('—');
    expect(hasResponseToShow({ respondedOn: null, decision: { kind: 'extended' } })).toBe(false);
  });

  it('shows a dash when nothing was reported, note or not', () => {
    expect(formatRespondedOn({ respondedOn: null })).toBe('—');
    expect(formatRespondedOn({ respondedOn: null, respondedOnImported: true })).toBe('—');
  });
});
