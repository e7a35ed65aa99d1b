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
