import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

// schedule-section: a section titled only 推进计划 / 推进步骤 / 推进安排 sets out the phases of the work and frames the tasks.
describe('schedule-section: the phases of the work are no measures', () => {
  it.each([['推进计划'], ['推进步骤'], ['推进安排']])('leaves out the phases under 三、%s', (title) => {
    const text = [
      '某市城镇房屋安全管理工作方案',
      '一、工作内容',
      '（一）城镇房屋定期体检制度。市房产局负责建立体检制度。',
      '（二）城镇房屋养老金制度。市财政局负责建立资金账户。',
      `三、${title}`,
      '（一）启动阶段（2024年4月1日至2024年12月31日）。制定工作方案，组建工作专班。',
      '（二）实施阶段（2025年1月1日至2025年12月31日）。建立房屋养老金账户。',
    ];
    expect(read(text)).toEqual(['一、（一） 城镇房屋定期体检制度', '一、（二） 城镇房屋养老金制度']);
  });
});
