import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';
import { policyLines } from './policy-lines';

const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

// month-signature: an office signing with the year and month only dates the document by that month.
describe('month-signature: 教务处 over 2016年06月', () => {
  it.each([
    [['某大学“卓越工程师培养计划”工作方案', '一、组织管理体系', '建立由教务处牵头的管理体系。', '教务处', '2016年06月'], '2016-06-01', '教务处'],
    [['某局年度工作要点', '一、加强宣传', '办公室负责宣传工作。', '某某县财政局', '2021年9月'], '2021-09-01', '某某县财政局'],
  ])('%j', (texts, date, issuer) => {
    const meta = readMetadata(lines(...texts));
    expect(meta.issuedOn).toBe(date);
    expect(meta.issuer).toBe(issuer);
  });
});
