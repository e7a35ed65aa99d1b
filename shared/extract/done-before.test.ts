import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { isDoneBefore } from './done-before';

const due = (text: string) => extractDeadlines(text, { issuedOn: '2023-09-22' }).filter((d) => d.kind === 'by');

describe('done-before: a date that says what had already been done by then', () => {
  it.each([
    '2023年8月31日前金融机构已发放的和已签订合同但未发放的首套住房商业性个人住房贷款，借款人可以申请降低利率。',
    '对2022年底前已办理网签备案的商品住房，按原标准执行。',
    '2021年6月30日前已经出让的地块，可申请延期开工。',
  ])('%s', (text) => {
    expect(due(text)).toEqual([]);
  });

  it('reads the words right after the date', () => {
    const text = '2023年8月31日前金融机构已发放的贷款';
    expect(isDoneBefore(text, '2023年8月31日前'.length)).toBe(true);
  });
});
