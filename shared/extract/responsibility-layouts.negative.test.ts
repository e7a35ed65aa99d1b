import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// Negative cases of the responsibility layouts seen in real policies (see responsibility-layouts.test.ts).

describe('readResponsibility on real layouts: negative cases', () => {
  it.each([
    // a bracket that lists things, not bodies
    '不得新建大型算力中心（包括通算中心、智算中心、超算中心）。',
    // a place named in passing is no assignment
    '重点推进南沙新区建设（粤港澳人才合作特别示范区）。',
    // words of time alone
    '（年内持续推进）',
  ])('%s', (text) => {
    expect(readResponsibility(text).lead).toEqual([]);
  });

  it('never takes time words for a body', () => {
    expect(readResponsibility('（国务院各部门分别负责，年内持续推进）').support).toEqual([]);
  });
});

describe('a kind of area is no body', () => {
  it.each(['（示范区负责）', '（各景区负责）', '推进建设（重点县负责）', '（经济开发区负责）'])('%s', (text) => {
    expect(readResponsibility(text).lead).toEqual([]);
  });
});
