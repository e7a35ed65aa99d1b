import { describe, expect, it } from 'vitest';
import { schedulePhases, withScheduleDates } from './schedule-dates';

// schedule-dates: no phase dates from windows, months alone, or sections that are no schedule.
describe('schedule-dates: what gives no due date', () => {
  it.each<[string, string[]]>([
    ['phases named by their windows', ['五、推进计划', '（一）启动阶段（2024年4月1日至2024年12月31日）。制定工作方案。', '（二）实施阶段（2025年1月1日至2025年12月31日）。']],
    ['a month alone', ['三、进度安排', '2026年4月，印发区级体检工作方案。', '2026年第二季度，开展数据采集。']],
    ['a date inside the phase, not opening it', ['三、时间安排', '各单位要在5月31日前完成自查。']],
    ['a section that is no schedule', ['五、工作要求', '5月31日前，各单位报送总结。']],
    ['no section at all', ['5月31日前，完成各级城市体检。']],
  ])('%s', (_, lines) => {
    expect(schedulePhases(lines)).toEqual([]);
  });

  it('adds no date a task already has', () => {
    const d = { text: '5月31日前', date: '2026-05-31', kind: 'by' as const, beforeIssue: false, start: 0, end: 6 };
    expect(withScheduleDates([d], [d])).toEqual([d]);
  });
});
