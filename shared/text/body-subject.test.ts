import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// body-subject: a heading run into its paragraph ends where a body named by its level opens the first sentence, with
// what it is to do or the bodies listed with it (镇领导小组办公室建立…, 新片区管委会、各镇应…, 省发展改革委要…).
describe('body-subject: the paragraph under a heading opens on a body named by its level', () => {
  it.each([
    ['（四）强化督促指导镇领导小组办公室建立完善的巡查制度。', '镇领导小组办公室'],
    ['（五）编制体检报告新片区管委会、各镇应根据评估结果编制报告。', '新片区管委会'],
    ['1.完善政策体系省发展改革委要会同有关部门制定配套政策。', '省发展改革委'],
    ['（二）加强资金保障管委会、各镇按照预算管理有关规定安排资金。', '管委会'],
    ['（三）全面整治我镇根据实际情况制定整治计划。', '我镇'],
    ['（二）细化职责分工镇房屋安全隐患排查整治工作领导小组根据职责分工落实。', '镇房屋安全'],
    ['（六）强化成果应用新片区管委会、镇政府积极推动成果应用。', '新片区管委会'],
    ['（一）摸底排查各居村、相关责任单位对本镇范围内所有房屋进行全面摸底。', '各居村'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives a one-line plan its headings back', () => {
    const line =
      '现提出如下方案。（一）加强组织领导区领导小组办公室要统筹推进。（二）加强资金保障区财政局将安排专项资金。（三）强化督促指导区住建委、各街道要定期检查。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '现提出如下方案。',
      '（一）加强组织领导',
      '区领导小组办公室要统筹推进。',
      '（二）加强资金保障',
      '区财政局将安排专项资金。',
      '（三）强化督促指导',
      '区住建委、各街道要定期检查。',
    ]);
  });
});
