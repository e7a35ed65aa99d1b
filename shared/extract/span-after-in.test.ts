import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { refineDeadlines } from './relative-deadlines';

const read = (text: string) =>
  refineDeadlines(text, extractDeadlines(text, { issuedOn: '2016-06-01' }), { issuedOn: '2016-06-01', startYear: 2016 }).filter((d) => d.kind === 'by');

// span-after-in: 在N年内 opening a clause that sets a target to reach is due at the span's end.
describe('span-after-in: 在N年内…达到 is due at the end of the span', () => {
  it.each([
    ['切实提高教师比例，在4年内各试点专业达到教育部规定的要求。', '2019-12-31'],
    ['在三年内完成全部老旧小区改造。', '2018-12-31'],
  ])('%s', (text, date) => {
    expect(read(text).map((d) => d.date)).toEqual([date]);
  });
});
