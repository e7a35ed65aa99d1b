import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';
import { isMeetingLine } from './speech-lines';

// meeting-line: the date and the meeting a report was delivered at is a line of its own, even in a copy wrapped at a
// printed width, where a line that closes no sentence joins the next.

const read = (text: string) => repairParagraphs(textBlocks(text)).map((p) => p.text);

describe('meeting-line: a speech’s date and meeting', () => {
  it.each([
    '2024年11月27日县十八届人大常委会第二十三次会议',
    '——2022年7月28日在颛桥镇第六届人民代表大会第二次会议上',
    '（2018年11月22日在慈溪市十七届人大常委会第十六次会议上）',
    '二〇二三年一月十日在区第五届人民代表大会第三次会议上',
  ])('%s', (line) => expect(isMeetingLine(line)).toBe(true));

  it('keeps the meeting line off the speaker’s line of a copy wrapped at a printed width', () => {
    const text = [
      '关于新邵县2023年财政决算草案的报告',
      '2024年11月27日县十八届人大常委会第二十三次会议',
      '县财政局党组书记、局长 谭中凡',
      '受县人民政府委托,现在我向各位报告2023年财政',
      '决算草案,请予审议。',
    ].join('\n');
    expect(read(text)).toEqual([
      '关于新邵县2023年财政决算草案的报告',
      '2024年11月27日县十八届人大常委会第二十三次会议',
      '县财政局党组书记、局长 谭中凡受县人民政府委托,现在我向各位报告2023年财政决算草案,请予审议。',
    ]);
  });
});
