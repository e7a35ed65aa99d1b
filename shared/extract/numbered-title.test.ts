import { describe, expect, it } from 'vitest';
import { readLabelInSequence } from './numbered-title';

describe('readLabelInSequence', () => {
  it.each([
    ['11.121人才梯队项目。重点培养…', 10, '11.', '121人才梯队项目。重点培养…'],
    ['7.5G基站建设。加快…', 6, '7.', '5G基站建设。加快…'],
    ['12.100个示范村创建。', 11, '12.', '100个示范村创建。'],
    // plain labels read as always
    ['3.加强组织领导。', null, '3.', '加强组织领导。'],
  ])('%s', (text, previous, label, rest) => {
    const read = readLabelInSequence(text, previous);
    expect(read && { label: read.label, rest: read.rest, style: read.style }).toEqual({ label, rest, style: 'arabic' });
  });
});

describe('readLabelInSequence: negative cases', () => {
  it.each([
    // out of sequence: a figure opening a sentence
    ['3.5G网络覆盖率达到90%。', 7],
    ['11.121人才梯队项目', 3],
    // no previous measure numbered in arabic
    ['7.5G基站建设。', null],
    // a decimal figure right after the point
    ['8.5%以上的企业完成改造。', 7],
    ['2.5万元补助。', 1],
  ])('%s', (text, previous) => {
    expect(readLabelInSequence(text, previous as number | null)).toBeNull();
  });
});
