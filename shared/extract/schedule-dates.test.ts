import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { schedulePhases } from './schedule-dates';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.deadlines.filter((d) => d.kind === 'by').map((d) => d.date).join('、')}`);

// schedule-dates: the days a schedule section sets for the phases of the whole work fall due for every task
// (2026年奉贤区城市体检工作方案, 沪奉建发〔2026〕2号).
describe('schedule-dates: phases dated in a section of their own', () => {
  const plan = [
    '2026年奉贤区城市体检工作方案',
    '2026年4月27日',
    '一、工作任务',
    '(一)综合体检。区建设管理委负责牵头组织开展区级城市体检，编制区级综合体检报告。',
    '(二)专项体检。区建设管理委负责开展城市更新专项体检，编制专项体检报告。',
    '二、时间安排',
    '2026年4月，印发区级体检工作方案，完成工作部署。',
    '5月31日前，完成各级城市体检，汇交体检报告初稿。',
    '6月30日前，各级城市体检报告报送至市住房城乡建设管理委。',
  ];

  it('gives every task the days of the phases that open on them', () => {
    expect(read(plan)).toEqual(['(一) 2026-05-31、2026-06-30', '(二) 2026-05-31、2026-06-30']);
  });

  it('reads the phases of a schedule at any level, numbered or not', () => {
    expect(schedulePhases(['三、成果应用和时间安排', '（二）进度安排', '5月31日前，完成各级城市体检。', '6月30日前，报送体检报告。', '附件：1.指标体系'])).toEqual([
      '5月31日前，完成各级城市体检。',
      '6月30日前，报送体检报告。',
    ]);
    expect(schedulePhases(['四、实施步骤', '1.2025年6月底前，完成摸底排查。', '2.2025年12月底前，全面完成整改。', '五、工作要求', '9月30日前，报送总结。'])).toEqual([
      '2025年6月底前，完成摸底排查。',
      '2025年12月底前，全面完成整改。',
    ]);
  });
});
