import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../text/repair';
import { extractPolicy } from './policy';

const titles = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.title);

// long-heading-line: a heading line of up to 40 characters, one phrase or two joined by a comma, over a paragraph that
// is a whole sentence, is the measure's title whole (沪市监特种〔2022〕27号, 二、（一）（二）).
describe('long-heading-line: a long heading over its paragraph is the title', () => {
  it('keeps a long heading of one phrase and one of two phrases', () => {
    expect(
      titles([
        '实施方案',
        '一、工作任务',
        '（一）着力落实燃气管道使用单位主体责任，夯实强化属地监管和法定检验工作',
        '各单位要夯实强化燃气管道安全监察工作。（市局特种设备安全监察处牵头）',
        '（二）全面排查整治液化石油气钢瓶制造、充装、检验单位安全风险和重大隐患',
        '各单位应按照本次专项整治的精神开展专项整治和执法查处工作：',
        '1．组织开展专项检查。（市局特种设备安全监察处牵头）',
      ]),
    ).toEqual(['着力落实燃气管道使用单位主体责任，夯实强化属地监管和法定检验工作', '全面排查整治液化石油气钢瓶制造、充装、检验单位安全风险和重大隐患']);
  });

  it('keeps the long heading a line of its own when a one-line copy is cut at it', () => {
    const line = '二、工作任务（一）压实使用单位主体责任各单位要督促使用单位健全安全管理制度。（二）全面排查整治液化石油气钢瓶制造、充装、检验单位安全风险和重大隐患各单位应按照本次专项整治的精神开展专项整治和执法查处工作。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toContain('（二）全面排查整治液化石油气钢瓶制造、充装、检验单位安全风险和重大隐患');
  });
});
