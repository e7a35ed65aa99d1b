import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';
import { opensMeetingLine } from './speech-lines';

// meeting-line-head, negative cases: a dash that opens no meeting line (an explanation, a date with no 在, a date
// with no day) opens no paragraph, and a sentence cut before such a line still joins it.

const read = (text: string) => repairParagraphs(textBlocks(text)).map((p) => p.text);

describe('meeting-line-head: lines that open on a dash but no meeting line', () => {
  it.each([
    // an explanation after a dash
    '——即到2025年底前完成改造任务',
    // a date and no 在: a span, not a meeting
    '——2024年2月2日至3月1日开展集中整治',
    // a date with no day
    '——2024年2月在琼海市第十六届',
    // no dash: a sentence opening on the day
    '2024年2月2日在琼海市召开会议',
  ])('%s', (line) => expect(opensMeetingLine(line)).toBe(false));

  it('a long sentence cut before a dash that opens no meeting line still joins it', () => {
    const text = [
      '各地要把老旧小区改造作为重要民生工程抓紧抓实，加快推进项目前期工作和资金筹措，确保按期开工建设并全面完成年度任务目标',
      '——即到2025年底前完成全部改造任务。',
      '各地要加强组织领导，层层压实责任，确保各项任务落到实处，形成上下联动、齐抓共管的工作格局，推动工作取得实效。',
    ].join('\n');
    expect(read(text)[0]).toContain('——即到2025年底前');
  });
});
