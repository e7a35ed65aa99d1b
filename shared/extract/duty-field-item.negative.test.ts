import { describe, expect, it } from 'vitest';
import { isDutyFieldItem } from './duty-field-item';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} | ${m.lead.join('、')}`);

describe('duty-field-item: negative cases', () => {
  it.each([
    ['完善工作机制。（责任单位：市发展改革局）'],
    ['市自然资源局负责做好土地供应。'],
    ['适用范围：热点区域的重点地块。'],
    ['强化责任落实。各责任单位要明确分工。'],
  ])('%s is no field', (rest) => expect(isDutyFieldItem(rest)).toBe(false));

  it('keeps items that carry their duty after their own words as the measures', () => {
    const text = [
      '某市推进工作实施方案',
      '一、主要任务',
      '（一）完善机制。建立工作机制。（责任单位：市发展改革局）',
      '（二）强化保障。统筹资金。（责任单位：市财政局）',
      '（三）加强监管。开展检查。（责任单位：市市场监管局）',
      '二、重点工程',
      '（一）推进项目建设。加快开工。（责任单位：市住房城乡建设局）',
    ];
    expect(read(text)).toEqual([
      '一、（一） 完善机制 | 市发展改革局',
      '一、（二） 强化保障 | 市财政局',
      '一、（三） 加强监管 | 市市场监管局',
      '二、（一） 推进项目建设 | 市住房城乡建设局',
    ]);
  });
});
