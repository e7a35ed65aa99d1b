// Negative cases of meeting-over-label (see detect-date-meeting.test.ts).
import { describe, expect, it } from 'vitest';
import { deliveredNoLaterThanLabelled, detectDate } from './detect-date';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('meeting-over-label: negative cases', () => {
  it('keeps a labelled date on or before the meeting', () => {
    const labelled = { date: '2026-01-20', paragraph: 1 };
    expect(deliveredNoLaterThanLabelled(labelled, { date: '2026-01-24', paragraph: 4 })).toBe(labelled);
    const same = { date: '2026-01-24', paragraph: 1 };
    expect(deliveredNoLaterThanLabelled(same, { date: '2026-01-24', paragraph: 4 })).toBe(same);
  });

  it('keeps the labelled date when there is no meeting line', () => {
    const labelled = { date: '2026-01-26', paragraph: 1 };
    expect(deliveredNoLaterThanLabelled(labelled, null)).toBe(labelled);
    const text = '报送单位：某县财政局 报送日期：2026-01-26\n关于代表建议办理情况的报告\n现将有关情况报告如下。';
    expect(detectDate(paragraphs(text), '2099-01-01').date).toBe('2026-01-26');
  });

  it('does not take a meeting named in the body', () => {
    const text = '报送日期：2026-01-26\n关于整改情况的报告\n按照2026年1月24日在县人大常委会第六次会议上提出的审议意见,现将整改情况报告如下。';
    expect(detectDate(paragraphs(text), '2099-01-01').date).toBe('2026-01-26');
  });
});
