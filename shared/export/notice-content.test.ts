// What a notice tells a department about the office's decision on one of its tasks.
import { describe, expect, it } from 'vitest';
import type { DecisionMark } from '../types';
import { decisionNote } from './notice-content';
import { evidence, obligation } from './__fixtures__/builders';

const returned = (date: string, note: string | null = null): DecisionMark => ({ kind: 'returned', label: '退回', date, note, newDue: null, approver: null });

describe('decisionNote for a 退回', () => {
  it('names the date of the report returned and the day it was returned', () => {
    const o = obligation(2, '区发改委', 'missing', {
      evidence: [evidence('甲.docx', '2021-09-20', '…'), evidence('乙.docx', '2021-12-15', '…'), evidence('丙.docx', '2022-01-20', '…')],
      decision: returned('2022-01-10', '未说明收费清理数量'),
    });
    expect(decisionNote(o)).toBe('你单位2021年12月15日报送的落实情况已于2022年1月10日退回，退回理由：未说明收费清理数量。请按要求重新报送。');
  });

  it('does not read the day of the return as the date of the report', () => {
    const o = obligation(2, '区发改委', 'missing', { evidence: [evidence('甲.docx', '2021-09-20', '…')], decision: returned('2022-01-31') });
    expect(decisionNote(o)).not.toContain('2022年1月31日前报送');
    expect(decisionNote(o)).toBe('你单位2021年9月20日报送的落实情况已于2022年1月31日退回，请按要求重新报送。');
  });

  it('leaves the report date out when no report returned is dated', () => {
    const o = obligation(2, '区发改委', 'missing', { evidence: [evidence('甲.docx', null, '…'), evidence('乙.docx', '2022-02-01', '…')], decision: returned('2022-01-31') });
    expect(decisionNote(o)).toBe('你单位报送的落实情况已于2022年1月31日退回，请按要求重新报送。');
  });

  it('says nothing where there is no decision', () => {
    expect(decisionNote(obligation(2, '区发改委', 'missing'))).toBe('');
  });
});
