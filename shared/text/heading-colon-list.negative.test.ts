import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

// heading-colon-list, where it must not fire: an enumeration inside a sentence after a colon and semicolons, under no
// heading of a section, or under a heading whose colon closes a longer sentence.
describe('heading-colon-list: negative cases', () => {
  it.each([
    '各单位要配齐工作力量,包括:1.机构;2.人员;3.经费。',
    '一、加强保障,各街道要落实以下事项:1.机构;2.人员;3.经费。',
  ])('%s', (text) => {
    const starts = runOnItemStarts(text).map((s) => text.slice(s, s + 2));
    expect(starts.filter((s) => /^[23]\./.test(s))).toEqual([]);
  });
});
