import { describe, expect, it } from 'vitest';
import { dutyLabelAt } from './duty-label';
import { readResponsibility } from './responsibility';

describe('dutyLabelAt: lines that open with no duty label', () => {
  it.each([
    // the leader answerable is a person, not a body
    '牵头负责领导:束学龙。',
    '责任领导：王丹',
    // a duty word in a sentence, without a label's colon
    '协同责任单位做好配合工作。',
    '牵头单位要加强统筹协调。',
    // a deadline field
    '完成时限:2021年12月31日',
    // the label not at the line's start
    '由协同责任单位:市发改委',
  ])('%s', (line) => {
    expect(dutyLabelAt(line)).toBeNull();
  });
});

describe('a line naming the leader answerable assigns no department', () => {
  it('reads no body from 牵头负责领导', () => {
    const r = readResponsibility('1.地区生产总值增长8.5%以上。\n牵头负责领导:束学龙。');
    expect([...r.lead, ...r.support]).toEqual([]);
  });
});
