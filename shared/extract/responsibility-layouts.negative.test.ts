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

describe('分别 without 牵头 leads no one by itself', () => {
  it.each([
    // each answers for its own part: the duty is shared, no one is marked to lead
    ['（市发改委、市财政局分别负责）', ['市发改委', '市财政局'], true],
    // 分别 elsewhere in the clause is no mark
    ['（市教育局牵头，市卫健委、市体育局分别配合）', ['市教育局'], false],
  ])('%s', (text, lead, joint) => {
    const r = readResponsibility(text as string);
    expect([r.lead, r.joint]).toEqual([lead, joint]);
    expect([...r.lead, ...r.support].some((n) => n.includes('分别'))).toBe(false);
  });
});
