import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

// A field's own enumeration, or a number after a field that a full stop has closed, opens no item.
describe('duty-field-end: numbers that are no new item after a field', () => {
  it.each([
    // months enumerated in a time field
    ['完成时间：2023年1、2、3、4月'],
    // the field closed by a full stop: the numbers after it are cited in prose
    ['责任单位：市财政局。按照（一）（二）（三）项执行。'],
    // a field label without its colon is prose
    ['由责任单位负责1、2、3号楼的改造。'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });
});
