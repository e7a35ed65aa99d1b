import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

describe('prose-duty: modal and marks, negative cases', () => {
  it.each([
    // a modal before another verb shares the duty, it does not lead
    ['财政部要加大资金支持力度。', [['财政部', 'open']]],
    // 应急 is no modal: no subject
    ['推进政府及其部门应急预案“精编化”。', []],
    ['(2)推进政府及其部门应急预案“精编化”。', []],
    // a sub-item's mark is no part of a subject
    ['（1）市应急管理局要加强值守。', [['市应急管理局', 'open']]],
  ])('%s', (text, expected) => {
    expect(proseDuties(text).map((d) => [d.name, d.role])).toEqual(expected);
  });
});
