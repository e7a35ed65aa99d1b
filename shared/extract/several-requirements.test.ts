import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// several-requirements: a notice's closing section titled 几点要求 (「二、几点要求 1.…要主动认领…于7月17日下班前…报市政府
// 督查室。 2.报告要做到内容翔实…」, 扶余市人民政府督查室) states how to report, as 工作要求 does: it frames the items.
const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('several-requirements: 几点要求 frames the items', () => {
  it('reads only the items before it', () => {
    expect(
      labels(
        '扶余市人民政府督查室关于对全市开展农村人居环境综合整治工作专项督查的通知',
        '一、重点督办事项',
        '1.加快推进全市农村垃圾收储运一体化进程。(责任单位:城市管理执法大队、各乡镇场)',
        '2.推进村村通、屯屯通、户户通工程。(责任单位:交通局、各乡镇场)',
        '二、几点要求',
        '1.市直相关部门、各乡镇要主动认领,于7月17日下班前将落实情况报市政府督查室。',
        '2.报告要做到内容翔实,简洁明了。',
      ),
    ).toEqual(['一、1.', '一、2.']);
  });
});
