import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';
import { policyLines } from './policy-lines';

// The page-date rule: a published page's date on a line of its own under the title is the date of issue when the
// document signs none.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

describe('readMetadata: the date a published page gives', () => {
  it.each([
    ['时间：2022-06-02', '2022-06-02'],
    ['发布日期：2023-09-26 19:05', '2023-09-26'],
    ['发布时间： 2024-09-26   作者：    来源： 沈阳市房产局', '2024-09-26'],
    ['发布时间：2021年3月5日', '2021-03-05'],
  ])('%s', (line, expected) => {
    expect(readMetadata(lines('关于印发若干措施的通知', line, '一、提升项目审批效率。年内开展试点工作。')).issuedOn).toBe(expected);
  });

  it('gives way to the date the document signs', () => {
    expect(readMetadata(lines('关于印发若干措施的通知', '发布日期：2023-09-26', '一、提升效率。', '市住房保障房产局', '2023年9月20日')).issuedOn).toBe('2023-09-20');
  });
});
