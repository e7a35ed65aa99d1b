import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

describe('schedule-section: negative cases (a section that only mentions a plan keeps its measures)', () => {
  it.each([['制定推进计划'], ['推进计划落实'], ['加快推进城市更新']])('reads the items under 二、%s', (title) => {
    const text = [
      '某市推进工作实施方案',
      '一、主要任务',
      '（一）完善机制。（责任单位：市发展改革局）',
      `二、${title}`,
      '（一）编制年度计划。（责任单位：市住房城乡建设局）',
      '（二）开展项目评估。（责任单位：市财政局）',
    ];
    expect(read(text)).toEqual(['一、（一） 完善机制', '二、（一） 编制年度计划', '二、（二） 开展项目评估']);
  });
});
