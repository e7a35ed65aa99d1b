import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// by-duty-manner, negative cases: every department of a kind is no body, and a body after a preposition is an object.
describe('by-duty-manner: what names no body', () => {
  it.each([
    '各有关部门按职责分工负责。',
    '对市交通局按其职责组织的工作组给予支持。',
    '按其职责组织若干工作组，深入一线。',
  ])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
