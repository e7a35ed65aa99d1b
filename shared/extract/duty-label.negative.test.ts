import { describe, expect, it } from 'vitest';
import { dutyLabelAt, otherFieldAt } from './duty-label';
import { readResponsibility } from './responsibility';

describe('dutyLabelAt: lines that open with no duty label', () => {
  it.each([
    // the leader answerable is a person, not a body
    '牵头负责领导:束学龙。',
    '责任领导：王丹',
    // a duty word in a sentence, without a label's colon
    '协同责任单位做好配合工作。',
    '牵头单位要加强统筹协调。',
    '部门分工要明确到人。',
    // the leader answerable is a person's field, not a duty
    '分管省领导:林克庆',
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

describe('otherFieldAt: lines that are duties or prose', () => {
  it.each([
    // duty labels stay duty labels
    '责任单位:市统计局',
    '牵头单位：市统计局',
    // the words in a sentence, without a label's colon
    '数据提供单位要确保数据真实准确。',
    '统计部门按季度通报进展。',
    // a leader named in a sentence, without a label's colon
    '分管省领导要加强调度。',
  ])('%s', (line) => {
    expect(otherFieldAt(line)).toBe(false);
  });

  it('keeps a body listed under a duty label that merely mentions data', () => {
    const r = readResponsibility('(牵头单位:市统计局;责任单位:市大数据中心)');
    expect([r.lead, r.support]).toEqual([['市统计局'], ['市大数据中心']]);
  });
});

describe('internal offices: 处 and 办公室 in ordinary words are no office', () => {
  it.each([
    // 处 inside ordinary words
    '责任处置：立即上报',
    '牵头处理：市应急局',
    '好处：节约成本',
    '到处：都有',
    // an office word without a label's colon, or a label cut short
    '配合处室做好工作。',
    '责任处：规划处',
    '责任科：办公室',
  ])('%s opens with no duty label', (line) => {
    expect(dutyLabelAt(line)).toBeNull();
  });

  it.each([
    '（及时处理群众诉求，妥善处置突发事件）',
    '办公室要加强值班值守，到处都能看到好处。',
    '（处理单位：市信访局）',
  ])('%s names no body', (text) => {
    const r = readResponsibility(text);
    expect([...r.lead, ...r.support]).toEqual([]);
  });

  it('keeps a city plan’s 市政府办公室 as it reads', () => {
    const r = readResponsibility('（市政府办公室牵头，市财政局配合）');
    expect([r.lead, r.support]).toEqual([['市政府办公室'], ['市财政局']]);
  });
});
