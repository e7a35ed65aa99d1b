import { describe, expect, it } from 'vitest';
import { repairParagraphs, type LayoutBlock } from './repair';

/** Blocks as a PDF's layout gives them: each line after the first with the gap the layout saw. */
function lines(...specs: [string, LayoutBlock['gap'], boolean?][]): LayoutBlock[] {
  let at = 0;
  return specs.map(([text, gap, heading], i) => {
    const block: LayoutBlock = { text, start: at, end: at + text.length, page: 1, ...(i > 0 ? { gap } : {}), ...(heading ? { heading } : {}) };
    at += text.length + 1;
    return block;
  });
}

const texts = (blocks: LayoutBlock[]) => repairParagraphs(blocks).map((p) => p.text);

describe('doc-number-line: a 文号 set under a title is a line of its own', () => {
  it('keeps a centred title apart from the 文号 the layout sets close under it', () => {
    expect(
      texts(lines(['大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知', undefined], ['竹府办〔2016〕20号', 'soft'], ['各乡镇人民政府、街道办事处，县级各部门：', 'break'])),
    ).toEqual(['大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知', '竹府办〔2016〕20号', '各乡镇人民政府、街道办事处，县级各部门：']);
  });

  it('keeps a title wrapped over two lines whole, and the 文号 under it apart', () => {
    expect(
      texts(lines(['厦门市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商', undefined], ['环境政策若干措施的通知', 'soft'], ['厦府办〔2019〕10号', 'soft'])),
    ).toEqual(['厦门市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知', '厦府办〔2019〕10号']);
  });

  it('keeps a 文号 printed above the title apart from it', () => {
    expect(texts(lines(['川办发〔2016〕20号', undefined], ['四川省人民政府办公厅关于加强民生实事督办工作的通知', 'soft']))).toEqual([
      '川办发〔2016〕20号',
      '四川省人民政府办公厅关于加强民生实事督办工作的通知',
    ]);
  });

  it('keeps a heading-size title apart from a 文号 of the same size', () => {
    expect(texts(lines(['某市人民政府关于印发若干措施的通知', undefined, true], ['某政发〔2020〕3号', 'soft', true]))).toEqual([
      '某市人民政府关于印发若干措施的通知',
      '某政发〔2020〕3号',
    ]);
  });
});
