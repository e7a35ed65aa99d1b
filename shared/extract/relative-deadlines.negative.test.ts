import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { refineDeadlines } from './relative-deadlines';

const read = (text: string, issuedOn: string | null = '2020-06-15', startYear: number | null = 2020) =>
  refineDeadlines(text, extractDeadlines(text, { issuedOn }), { issuedOn, startYear }).map((d) => ({
    text: d.text,
    kind: d.kind,
    date: d.date,
    ...(d.from ? { from: d.from } : {}),
    ...(d.cadence ? { cadence: d.cadence } : {}),
  }));

describe('refineDeadlines: negative cases', () => {
  it.each([
    // a span inside a phrase is a condition, not a time frame
    '对离校两年内高校毕业生给予补贴。',
    '离校2年内未就业的给予见习补贴。',
    // a service limit counted from an application stays what it is
    '环评报告书14个工作日内完成审批。',
  ])('%s', (text) => {
    expect(read(text).filter((d) => d.kind === 'by' || d.kind === 'period')).toEqual([]);
  });

  it('keeps two due dates on different days, and a period beside a due date on its last day', () => {
    expect(read('6月底前完成摸底，12月底前验收。', '2021-03-01', 2021).map((d) => d.text)).toEqual(['6月底前', '12月底前']);
    expect(read('2021年1月至12月开展培训，年内完成验收。', '2021-03-01', 2021).map((d) => [d.text, d.kind])).toEqual([
      ['2021年1月至12月', 'period'],
      ['年内', 'by'],
    ]);
  });

  it('keeps due words whose date is not known (no date of issue) apart', () => {
    expect(read('年内完成，12月底前验收。', null, null).map((d) => d.text)).toEqual(['年内', '12月底前']);
  });
});
