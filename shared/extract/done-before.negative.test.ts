import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const due = (text: string) =>
  extractDeadlines(text, { issuedOn: '2023-09-22' })
    .filter((d) => d.kind === 'by')
    .map((d) => d.date);

describe('done-before: negative cases', () => {
  it.each([
    ['2023年12月31日前金融机构完成存量贷款利率调整。', ['2023-12-31']],
    // 已 past the clause says nothing of the date
    ['2024年6月底前完成清理，对已发放的补贴逐笔核查。', ['2024-06-30']],
    // a subject too long to be the actor of a qualifying clause
    ['2023年底前各县市区政府和市直有关部门要全面梳理已出台的政策。', ['2023-12-31']],
  ])('%s', (text, dates) => {
    expect(due(text)).toEqual(dates);
  });
});
