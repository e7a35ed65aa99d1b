import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

const split = (piece: string) => {
  const at = headingBodyStart(piece);
  return at === null ? [piece] : [piece.slice(0, at), piece.slice(at)];
};

// heading-body: a measure's heading run into the paragraph under it ends where its duty bracket closes or where a
// word that only opens a sentence begins.
describe('heading-body: where a heading run into its paragraph ends', () => {
  it.each([
    ['一、强化科技创新(区科技局牵头)以统筹深化改革为牵引，加快建设。', ['一、强化科技创新(区科技局牵头)', '以统筹深化改革为牵引，加快建设。']],
    ['（二）加强要素保障（责任单位：市财政局）各地要落实资金。', ['（二）加强要素保障（责任单位：市财政局）', '各地要落实资金。']],
    ['一、优化土地出让方式按照供需平衡原则，科学编制供地计划。', ['一、优化土地出让方式', '按照供需平衡原则，科学编制供地计划。']],
    ['八、加快项目开工手续办理对于新供应土地项目，实行带方案出让。', ['八、加快项目开工手续办理', '对于新供应土地项目，实行带方案出让。']],
    ['（三）实施购房契税补贴2022年4月25日至12月31日购房的，给予补贴。', ['（三）实施购房契税补贴', '2022年4月25日至12月31日购房的，给予补贴。']],
    ['1.分期缴纳土地出让金自本意见印发之日起，可分期缴纳。', ['1.分期缴纳土地出让金', '自本意见印发之日起，可分期缴纳。']],
    ['二、打击装修垃圾非法倾倒现象2016年本市落实属地处理以来，成效明显。', ['二、打击装修垃圾非法倾倒现象', '2016年本市落实属地处理以来，成效明显。']],
    ['三、落实装修垃圾源头分类工作目前本区装修垃圾的混同度较高。', ['三、落实装修垃圾源头分类工作', '目前本区装修垃圾的混同度较高。']],
    ['（四）开展评估分析对标国际先进城市经验，形成评估结论。', ['（四）开展评估分析', '对标国际先进城市经验，形成评估结论。']],
  ])('%s', (piece, expected) => {
    expect(split(piece)).toEqual(expected);
  });

  it('gives the heading a paragraph of its own when a whole policy is one line', () => {
    const line = '一、优化土地出让方式按照供需平衡原则，科学编制供地计划。（责任单位：市自然资源局）二、延长缴纳时间按照规定，允许分期缴纳。（责任单位：市财政局）三、支持缓缴配套费按照规定，可申请延期缴纳。（责任单位：市住建局）';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '一、优化土地出让方式',
      '按照供需平衡原则，科学编制供地计划。（责任单位：市自然资源局）',
      '二、延长缴纳时间',
      '按照规定，允许分期缴纳。（责任单位：市财政局）',
      '三、支持缓缴配套费',
      '按照规定，可申请延期缴纳。（责任单位：市住建局）',
    ]);
  });
});
