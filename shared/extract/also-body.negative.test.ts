import { describe, expect, it } from 'vitest';
import { readConventions } from './lead-convention';

// also-body, where it must not fire: a second clause that names no body before 负责 (a kind of work), and a body's clause
// with no 不再列出 after it (it is the measure's own duty, not a convention).
describe('also-body: negative cases', () => {
  it('adds no body for a clause naming none', () => {
    const read = readConventions('以下均需各区政府落实，具体工作负责到人，不再单独列出');
    expect(read.conventions.flatMap((c) => c.bodies ?? [])).toEqual([]);
  });

  it('reads no convention without 不再列出', () => {
    expect(readConventions('区市场监管局落实，市局执法总队负责化学工业区内的监管工作').conventions).toEqual([]);
  });
});
