import { describe, expect, it } from 'vitest';
import { carryEach } from './list-each';

// unit-kind, negative cases: a kind of unit with no 各 before it in its run, and a named body after a 各, stay as written.
describe('unit-kind: lists that carry no 各', () => {
  it('leaves 派出机构 alone when no 各 opens the run', () => {
    expect(carryEach([{ name: '办公厅', after: null }, { name: '派出机构', after: '、' }])).toEqual(['办公厅', '派出机构']);
  });

  it('leaves a named body after a 各 as written', () => {
    expect(carryEach([{ name: '各有关司局', after: null }, { name: '政法司', after: '、' }])).toEqual(['各有关司局', '政法司']);
  });

  it('ends the 各 at a comma', () => {
    expect(carryEach([{ name: '各有关司局', after: null }, { name: '派出机构', after: '，' }])).toEqual(['各有关司局', '派出机构']);
  });
});
