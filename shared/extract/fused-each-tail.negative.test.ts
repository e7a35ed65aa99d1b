import { describe, expect, it } from 'vitest';
import { readNameList } from './departments';

const names = (s: string) => readNameList(s).map((x) => x.name);

// fused-each-tail: what it leaves alone.
describe('fused-each-tail: negative cases', () => {
  it('keeps a body’s own kinds after 各 whole', () => {
    expect(names('市政府各部门')).toEqual(['市政府各部门']);
    expect(names('区直各单位')).toEqual(['区直各单位']);
  });

  it('keeps a government’s own places after 各 whole', () => {
    expect(names('县政府各乡镇')).toEqual(['县政府各乡镇']);
  });

  it('leaves bodies fused with no 各 after them to the fused-names reading', () => {
    expect(names('市财政局市工业和信息化局')).toEqual(['市财政局', '市工业和信息化局']);
  });
});
