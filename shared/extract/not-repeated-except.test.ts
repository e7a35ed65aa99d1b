import { describe, expect, it } from 'vitest';
import { readConventions } from './lead-convention';

// The not-repeated-except rule: an actor named once for every later task may be stated after its exception
// (「除专门列出外，以下任务均涉及…，不再重复」), and may be written with hexagonal brackets (各市〔州〕).

describe('readConventions: an actor named once after its exception', () => {
  it.each([
    [
      '(责任单位:省大数据局、省工业和信息化厅,各市〔州〕、贵安新区数据管理部门。除专门列出外,以下任务均涉及各市〔州〕、贵安新区数据管理部门,不再重复)',
      '各市〔州〕、贵安新区数据管理部门',
      '(责任单位:省大数据局、省工业和信息化厅,各市〔州〕、贵安新区数据管理部门)',
    ],
    ['（责任单位：市商务局。除特别注明外，以下任务均需各县（市、区）人民政府落实，不再列出）', '各县（市、区）人民政府', '（责任单位：市商务局）'],
    ['〔责任单位：省教育厅。除另有规定外，任务均涉及各市〔州〕人民政府，不再重复〕', '各市〔州〕人民政府', '〔责任单位：省教育厅〕'],
  ])('%s', (text, actor, rest) => {
    const read = readConventions(text);
    expect(read.conventions.map((c) => [c.kind, c.actor, c.onward])).toEqual([['generic-everywhere', actor, true]]);
    expect(read.text).toBe(rest);
  });
});
