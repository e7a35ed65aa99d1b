import { describe, expect, it } from 'vitest';
import { readLabel } from './policy-numbering';
import { extractPolicy } from './policy';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('full-stop-number: a figure and a full stop before the item\'s text number the item', () => {
  it.each([
    ['1。在以习近平同志为核心的党中央坚强领导下,全面贯彻…', '1。', 1],
    ['12。“放管服”改革持续深化。', '12。', 12],
    ['3。《条例》宣传贯彻到位。', '3。', 3],
  ])('%s', (line, label, value) => {
    expect(readLabel(line)).toMatchObject({ style: 'arabic', label, value });
  });

  it('reads a list numbered so, with its duty brackets', () => {
    const policy = read(
      '关于落实重点工作的任务分工',
      '1。完成年度城镇新增就业目标任务。(市人社局负责,年内完成)',
      '2。扎实推进垃圾分类工作。(市城市管理委负责)',
    );
    expect(policy.measures.map((m) => [m.label, m.lead])).toEqual([
      ['1。', ['市人社局']],
      ['2。', ['市城市管理委']],
    ]);
  });
});
