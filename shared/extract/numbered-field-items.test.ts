import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures;

describe('numbered-field-items: numbered lines that only open fields of the item above are that item\'s fields', () => {
  const plan = [
    '(四)2004年重点基建工程建设进展情况。',
    '1、督查时间:2004年7月中旬。',
    '2、督查对象:重点基建工程主办单位。',
    '3、人员安排:市规划局、财政局各安排1名副局长,组成1个督查小组。',
    '4、督查要求:到现场检查工程进展情况。',
    '(五)镇区恢复和发展粮食工作目标完成情况。',
    '1、督办时间:2004年8月中旬。',
    '2、督查对象:各镇区。',
    '3、人员安排:市农业局、水利局各安排1名助理调研员,组成1个督查小组。',
    '4、督查要求:确保完成任务。',
  ];

  it('reads the items, not their fields, as measures', () => {
    expect(read(...plan).map((m) => m.label)).toEqual(['(四)', '(五)']);
  });

  it('titles each item by its heading and keeps the due month of its time field', () => {
    const measures = read(...plan);
    expect(measures.map((m) => m.title)).toEqual(['2004年重点基建工程建设进展情况', '镇区恢复和发展粮食工作目标完成情况']);
    expect(measures.map((m) => m.deadlines.map((d) => d.date))).toEqual([['2004-07-20'], ['2004-08-20']]);
  });
});
