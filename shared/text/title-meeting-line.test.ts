import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';
import { isTitleMeetingLine } from './speech-lines';

// title-meeting-line: a report's title with its meeting line run onto it after a dash, as a site writes the two on one
// line (关于2023年省级决算草案的报告 ——2024年7月27日在…会议上), is a line of its own: the speaker's line and the lines
// under it do not join it. Lines adapted from the real report of shared/submission/__fixtures__/real
// (sichuan-finance-final-accounts).

const read = (text: string) => repairParagraphs(textBlocks(text)).map((p) => p.text);

describe('title-meeting-line', () => {
  it.each([
    '关于2023年省级决算草案的报告 ——2024年7月27日在四川省第十四届人民代表大会常务委员会第十四次会议上',
    '政府工作报告——二〇二三年一月十日在区第五届人民代表大会第三次会议上',
    '关于代表建议办理情况的报告 —2024年11月27日县十八届人大常委会第二十三次会议',
  ])('%s', (line) => expect(isTitleMeetingLine(line)).toBe(true));

  it('keeps the title and its meeting off the speaker’s line and the resolution under it', () => {
    const text = [
      '关于2023年省级决算草案的报告 ——2024年7月27日在四川省第十四届人民代表大会常务委员会第十四次会议上',
      '四川省财政厅厅长 陈书平',
      '四川省人民代表大会常务委员会关于批准四川省2023年省级决算的决议',
    ].join('\n');
    expect(read(text)[0]).toBe('关于2023年省级决算草案的报告——2024年7月27日在四川省第十四届人民代表大会常务委员会第十四次会议上');
    expect(read(text)[1]).toBe('四川省财政厅厅长 陈书平');
  });
});
