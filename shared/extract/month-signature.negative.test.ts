import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';
import { policyLines } from './policy-lines';

const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

describe('month-signature: a month alone, with no signature above it, dates nothing', () => {
  it.each([
    [['某局年度工作要点', '一、加强宣传', '办公室负责宣传工作，确保取得实效。', '2021年9月']],
    [['某局年度工作要点', '一、加强宣传', '办公室负责宣传工作。', '教务处', '2021年13月']],
    [['某局年度工作要点', '一、加强宣传', '办公室负责宣传工作。', '教务处', '计划于2021年9月']],
  ])('%j', (texts) => {
    expect(readMetadata(lines(...texts)).issuedOn).toBeNull();
  });

  it('a full date below the signature is read as before', () => {
    expect(readMetadata(lines('某局年度工作要点', '一、加强宣传', '办公室负责宣传工作。', '某某县财政局', '2021年9月6日')).issuedOn).toBe('2021-09-06');
  });
});
