import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';
import { opensMeetingLine } from './speech-lines';

// meeting-line-head: a line opening on a meeting line's dash, day and 在, the meeting's name broken onto the next line
// (——2024年2月2日在琼海市第十六届 / 人民代表大会第四次会议上), opens a paragraph of its own: it joins no long line above it,
// such as a disclosure header run into one line whose 成文日期 is not the report's day. Lines adapted from the real report
// of shared/submission/__fixtures__/real (qionghai-plan-mirror).

const read = (text: string) => repairParagraphs(textBlocks(text)).map((p) => p.text);

describe('meeting-line-head', () => {
  it.each([
    '——2024年2月2日在琼海市第十六届',
    '—2023年2月2日在市第十六届人民代表大会',
    '—— 二〇二三年一月十日在区第五届',
  ])('%s', (line) => expect(opensMeetingLine(line)).toBe(true));

  it('keeps the meeting line off the long header line above it', () => {
    const header = '索引号:008207030/2024-00029 分 类:国民经济管理 发文机关:琼海市发展和改革委员会 成文日期:2024年02月28日 文 号:无 发布日期:2024年02月28日 主题词:关于琼海市2023年国民经济和社会发展计划执行情况的报告';
    const text = [
      header,
      '——2024年2月2日在琼海市第十六届',
      '人民代表大会第四次会议上',
      '琼海市发展和改革委员会',
      '受市人民政府委托,现在向大会报告琼海市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案,请予审议,并请各位政协委员和其他列席人员提出意见。',
      '2023年是全面贯彻党的二十大精神的开局之年,是推进自由贸易港封关运作的关键之年,是三年新冠疫情防控转段后经济恢复发展的一年。发展面临的形势错综复杂。',
    ].join('\n');
    const paragraphs = read(text);
    expect(paragraphs[0]).not.toContain('——');
    expect(paragraphs.some((p) => p.startsWith('——2024年2月2日在琼海市第十六届'))).toBe(true);
  });
});
