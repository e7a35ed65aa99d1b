import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { refineDeadlines, spanStartYear } from './relative-deadlines';

const read = (text: string, issuedOn: string | null = '2020-06-15', startYear: number | null = 2020) =>
  refineDeadlines(text, extractDeadlines(text, { issuedOn }), { issuedOn, startYear }).map((d) => ({
    text: d.text,
    kind: d.kind,
    date: d.date,
    ...(d.from ? { from: d.from } : {}),
    ...(d.cadence ? { cadence: d.cadence } : {}),
  }));

describe('refineDeadlines', () => {
  it.each([
    ['自印发之日起30日内完成清理。', [{ text: '自印发之日起30日内', kind: 'by', date: '2020-07-15' }]],
    ['本意见印发之日起3个月内制定细则。', [{ text: '本意见印发之日起3个月内', kind: 'by', date: '2020-09-15' }]],
    ['自2020年1月1日起实施3年。', [{ text: '自2020年1月1日起实施3年', kind: 'period', date: '2022-12-31', from: '2020-01-01' }]],
    ['5年内重点引进100名人才。', [{ text: '5年内', kind: 'by', date: '2024-12-31' }]],
    ['2012年起5年内，实施六大行动计划。', [{ text: '2012年起5年内', kind: 'by', date: '2016-12-31' }]],
    ['每两个月报送一次进展。', [{ text: '每两个月', kind: 'ongoing', date: null, cadence: { unit: 'month', every: 2 } }]],
    ['每旬报送一次。', [{ text: '每旬', kind: 'ongoing', date: null, cadence: { unit: 'day', every: 10 } }]],
    ['2025年底前完成建设，2025年底前完成验收。', [{ text: '2025年底前', kind: 'by', date: '2025-12-31' }]],
    // one due date in different words: listed once, in the words it is first written with
    ['年内培训不少于1000名学徒，12月底前培训200名护理员。', [{ text: '年内', kind: 'by', date: '2020-12-31' }]],
    ['第三季度完成入驻。\n完成时限：2020年第三季度', [{ text: '第三季度', kind: 'by', date: '2020-09-30' }]],
    ['明年3月底前出台办法。\n完成时限：2021年3月底前', [{ text: '明年3月底前', kind: 'by', date: '2021-03-31' }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('leaves the due date open when the date of issue is unknown', () => {
    expect(read('自印发之日起30日内完成清理。', null, null)).toEqual([{ text: '自印发之日起30日内', kind: 'by', date: null }]);
  });

  it('finds the year spans count from', () => {
    expect(spanStartYear('一、总体目标\n1.目标。2012年起5年内，大力实施…', null)).toBe(2012);
    expect(spanStartYear('5年内完成', '2019-03-01')).toBe(2019);
    expect(spanStartYear('5年内完成', null)).toBeNull();
  });
});
