import { describe, expect, it } from 'vitest';
import { campaignWindowClose } from './campaign-window';
import { extractPolicy } from './policy';

// campaign-window: a top-level section giving the one window of the whole campaign (「一、整治时间:2021年6月23日-2021年7月1日」,
// 高庄镇, 2021) has every task fall due when it closes.
const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures;

describe('campaign-window: the close of the whole campaign\'s window', () => {
  it.each([
    [['一、整治时间:2021年6月23日-2021年7月1日', '二、整治任务:'], '2021年7月1日前'],
    [['一、活动时间：2023年3月1日至6月30日', '二、工作内容'], '2023年6月30日前'],
    [['一、行动时间', '2022年9月1日—2022年10月31日', '二、主要任务'], '2022年10月31日前'],
  ])('%j', (lines, close) => {
    expect(campaignWindowClose(lines)).toBe(close);
  });

  it('dates every task of the campaign by the window\'s close', () => {
    const measures = read([
      '各村委会:',
      '经镇政府研究决定在全镇辖区范围内开展环境卫生大整治活动。现将有关事宜如下:',
      '一、整治时间:2021年6月23日-2021年7月1日',
      '二、整治任务:',
      '1.清理整治村庄内外“三堆”、清理阴阳沟漂浮垃圾;',
      '2.做好背街小巷、卫生死角、盲区的环境卫生工作。',
      '三、责任分工:',
      '1.乡村振兴办公室做好组织协调工作,对各村整治情况进行检查。',
      '高庄镇人民政府',
      '2021年6月23日',
    ]);
    expect(measures.map((m) => m.deadlines.filter((d) => d.kind === 'by').map((d) => d.date))).toEqual([['2021-07-01'], ['2021-07-01'], ['2021-07-01']]);
  });
});
