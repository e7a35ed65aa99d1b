// meeting-over-label: a report delivered at a meeting is dated by the meeting, not by a later labelled date.
import { describe, expect, it } from 'vitest';
import { deliveredNoLaterThanLabelled, detectDate } from './detect-date';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('meeting-over-label', () => {
  it('takes the meeting date over a labelled date after it', () => {
    expect(deliveredNoLaterThanLabelled({ date: '2026-01-26', paragraph: 1 }, { date: '2026-01-24', paragraph: 4 })).toEqual({ date: '2026-01-24', paragraph: 4 });
  });

  it('dates a report to a congress by its meeting line under a disclosure table filed two days later', () => {
    const text = [
      '| 发布机构 | 某县人民政府办公室 | 发文日期 | 2026-01-26 09:21 |',
      '某县第十八届人民代表大会第五次会议代表建议办理情况的报告',
      '——2026年1月24日在某县第十八届人民代表大会第六次会议上',
      '各位代表:现将代表建议办理情况报告如下,请予审议。',
    ].join('\n');
    expect(detectDate(paragraphs(text), '2099-01-01').date).toBe('2026-01-24');
  });
});
