import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const due = (text: string) =>
  extractDeadlines(text, { issuedOn: '2020-08-10' })
    .filter((d) => d.kind === 'by')
    .map((d) => d.date);

describe('ongoing-within-year: negative cases', () => {
  it.each([
    ['新建100个老年日间照料中心。(市民政局负责,年内完成)', ['2020-12-31']],
    ['年内建成5G基站2000个。', ['2020-12-31']],
    // a due date of its own before the words of going on
    ['2020年底前完成清理,持续推进规范管理。', ['2020-12-31']],
  ])('%s', (text, dates) => {
    expect(due(text)).toEqual(dates);
  });
});
