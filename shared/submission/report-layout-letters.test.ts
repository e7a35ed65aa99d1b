// A letter a site shows run together on one line, without a signed name: its date and its closing fields (联系…,
// 抄送…) after the last sentence read as closing lines, past the bars of an emptied table and the close link after
// it. Negative cases in report-layout-letters.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { findClosingBlock, nonEmptyLines, withClosingTail } from './report-layout';

const linesOf = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('a run-together letter’s date and closing fields', () => {
  it.each([
    [
      'the date, the contact and the copies',
      '沭财复字〔2022〕4号 签发人:庞佃宝 尊敬的代表: 现答复如下: 财政局对此高度重视。 感谢您对财政工作的关心和支持! 2022年7月1日 联系科室、人员及电话:经建科6211754 抄送:县政府办公室、县人大常委会人代工委 |',
      ['2022年7月1日', '联系科室、人员及电话:经建科6211754 抄送:县政府办公室、县人大常委会人代工委'],
    ],
    ['the date and the copies only', '现答复如下：我局已着手办理。 2023年5月6日 抄送：县人大常委会人代工委', ['2023年5月6日', '抄送：县人大常委会人代工委']],
  ])('%s', (_what, text, closing) => {
    const out = withClosingTail([{ index: 0, text }]);
    expect(out.slice(1).map((l) => l.text)).toEqual(closing);
  });

  it('passes over the bars of an emptied table and the close link after the letter', () => {
    const text = '答复 |\n||||||||\n现答复如下：我局已着手办理。 感谢您的关心和支持! 2022年7月1日 抄送:县政府办公室 |\n||||||||\n|\n【关闭窗口】 |';
    const block = findClosingBlock(nonEmptyLines(linesOf(text)));
    expect(block.date).toBe('2022-07-01');
    expect(block.names).toEqual([]);
  });
});
