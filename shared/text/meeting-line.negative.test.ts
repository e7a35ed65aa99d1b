import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';
import { isMeetingLine } from './speech-lines';

// meeting-line, negative cases: a sentence that opens on a date, or a meeting named inside a sentence, is no line of
// its own; a printed line cut there still joins the next.

describe('meeting-line: lines that only mention a meeting', () => {
  it.each([
    // a sentence opening on a date, cut before its verb
    '2024年11月27日，县十八届人大常委会第二十三次会议',
    // the meeting not closing the line
    '2024年11月27日县十八届人大常委会第二十三次会议审议',
    // no date before the meeting
    '县十八届人大常委会第二十三次会议',
    // a date with no day
    '2024年11月县十八届人大常委会第二十三次会议',
  ])('%s', (line) => expect(isMeetingLine(line)).toBe(false));

  it('joins a printed line cut after a meeting’s name inside a sentence', () => {
    const text = ['市审计局认真落实市人大常委会审议意见，经', '2024年3月5日市政府第十次常务会议', '研究，制定了整改方案。'].join('\n');
    expect(repairParagraphs(textBlocks(text)).map((p) => p.text)).toEqual(['市审计局认真落实市人大常委会审议意见，经2024年3月5日市政府第十次常务会议研究，制定了整改方案。']);
  });
});
