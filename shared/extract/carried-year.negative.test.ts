import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const due = (text: string, issuedOn: string | null = null) =>
  extractDeadlines(text, { issuedOn })
    .filter((d) => d.kind === 'by')
    .map((d) => d.date);

describe('carried-year: negative cases', () => {
  it('carries no year past the end of a sentence', () => {
    expect(due('2017年3月底前拨付前期工作经费。专项资金9月底前下达到位。')).toEqual(['2017-03-31', null]);
  });

  it('carries no year into a date a figure is compared against', () => {
    expect(due('争取2022年底房地产贷款余额总量较6月末有所上升。')).toEqual(['2022-12-31', null]);
  });

  it('keeps the year a later date writes itself', () => {
    expect(due('2024年底前完成试点，2025年6月底前全面推开。')).toEqual(['2024-12-31', '2025-06-30']);
  });
});
