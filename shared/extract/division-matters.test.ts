import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { isCoverRequirementList } from './cover-requirements';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// division-matters: a notice on the matters of a division of tasks introduces the requirements of carrying it out.
describe('division-matters: 「现就…任务分工有关事项通知如下」 introduces requirements', () => {
  it.each([
    '现就2020年《政府工作报告》确定的重点工作任务分工有关事项通知如下:',
    '现就2024年重点工作责任分解有关事项通知如下。',
    '现就做好政府工作报告重点任务分工方案的有关事项通知如下:',
  ])('%s', (line) => {
    expect(isCoverRequirementList(line, false)).toBe(true);
  });

  it('reads no measure from the cover\'s requirements (南经管发〔2020〕81号)', () => {
    expect(
      labels(
        '关于南宁经济技术开发区落实政府工作报告2020年重点工作任务分工方案的通知(南经管发〔2020〕81号)',
        '吴圩镇人民政府、那洪及金凯街道办事处,各办局室,各直属企事业单位,各派驻机构:',
        '为全面完成…各项工作任务,现就2020年《政府工作报告》确定的重点工作任务分工有关事项通知如下:',
        '一、提高政治站位,强化组织领导',
        '经开区各级各部门要提高政治站位,按照统一部署,把重点工作作为履职尽责的重点抓好落实。',
        '二、压紧工作责任,定期报告进度',
        '各牵头单位要组织相关责任单位,认真研究制定落实重点工作的具体实施方案。',
      ),
    ).toEqual([]);
  });
});
