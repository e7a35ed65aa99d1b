// A body listed under a heading just above the signature (2、职能单位末位排名 / 交通局) is that list's item, not a
// second signer; negative cases in report-layout-lists.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { findClosingBlock, isListHeading, nonEmptyLines } from './report-layout';

const linesOf = (text: string) => nonEmptyLines(text.split('\n').map((t, index) => ({ index, text: t })));

describe('a line heading a list of bodies', () => {
  it.each([
    ['2、职能单位末位排名'],
    ['（二）通报表扬单位'],
    ['二、末位单位'],
    ['3.职能单位排名'],
    ['通报批评单位：'],
    ['排名靠后的单位:'],
  ])('%s', (line) => {
    expect(isListHeading(line)).toBe(true);
  });
});

describe('the signature under a list of bodies', () => {
  it.each([
    [
      'a ranking whose last item stands above the signature',
      '现将督查情况通报如下：\n1、单位末位排名\n教育局 信用联社\n2、职能单位末位排名\n交通局\n舟曲县全域无垃圾专项治理领导小组办公室\n2020年4月10日',
      ['舟曲县全域无垃圾专项治理领导小组办公室'],
    ],
    [
      'a list closed by a colon',
      '全县共检查单位十个。\n通报批评单位：\n县交通局\n县住建局\n县爱国卫生运动委员会办公室\n2021年5月6日',
      ['县爱国卫生运动委员会办公室'],
    ],
  ])('%s', (_what, text, names) => {
    expect(findClosingBlock(linesOf(text)).names).toEqual(names);
  });
});
