// Negative cases of inline-meeting-line (see detect-date-inline-meeting.test.ts).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { inlineMeetingLineDate } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('inline-meeting-line: negative cases', () => {
  it.each([
    ['a meeting named in a sentence, no title before the dash', '按照2022年7月28日在镇第六届人民代表大会第二次会议上提出的意见,现报告如下。'],
    ['a dash after a word that closes no title', '各项工作——2022年7月28日在镇第六届人民代表大会第二次会议上'],
    ['a dash that opens no meeting', '工作情况报告 ——2022年上半年工作回顾 一、主要工作'],
  ])('not %s', (_what, line) => {
    expect(inlineMeetingLineDate(line)).toBeNull();
  });

  it('does not date a report by a meeting line below its first ten lines', () => {
    const lines = ['关于整改情况的报告', '现将有关情况报告如下。', '一、基本情况', '二、主要做法', '三、存在问题', '四、下一步工作', '五、工作建议', '六、其他事项', '七、保障措施', '八、联系方式', '附:会议说明', '相关说明 ——2022年7月28日在某镇第六届人民代表大会第二次会议上'];
    expect(detectDate(paragraphs(lines.join('\n')), '2099-01-01').dateSource).toBe('import');
  });
});
