import { describe, expect, it } from 'vitest';
import { cellBlocks as blocks } from './__fixtures__/cell-rows';
import { joinCellLines } from './cell-lines';

describe('joinCellLines: lines that are no table copied one cell a line', () => {
  it.each([
    // prose with page numbers
    [['一、总体要求', '坚持以人民为中心。', '1', '二、主要任务']],
    // a header not followed by the first row
    [['序号', '工作任务', '责任单位', '完成时限', '推进改革。']],
    // no column of bodies: a scoring table
    [['序号', '考核项目', '分值', '1', '组织领导', '8']],
    // two columns of bodies with a detail column: not read one line a cell
    [['序号', '重点工作', '牵头责任单位', '协同责任单位', '任务来源', '1', '推进改革。', '县审批局', '县财政局', '县委文件']],
    // two columns of bodies not side by side
    [['序号', '牵头单位', '工作任务', '配合单位', '1', '县审批局', '推进改革。', '县财政局']],
    // two columns of bodies, the first row numbered 3 with no category row before it: no table's start
    [['序号', '工作任务', '牵头单位', '配合单位', '3', '推进改革。', '县审批局', '县财政局']],
    // a header cell that is a sentence
    [['序号', '请各单位于6月底前报送。', '责任单位', '1', '推进改革。', '县审批局']],
    // detail columns, but the first row's bodies' cell is a sentence: not one line a cell
    [['序号', '改革举措', '主要内容', '指导部门', '1', '专利保险机制', '开发保险产品。', '请各地认真落实。']],
    // detail columns, but a row runs over more lines than the header has cells
    [['序号', '改革举措', '主要内容', '指导部门', '1', '专利保险机制', '开发保险产品。', '降低侵权损失。', '国家知识产权局']],
    // a heading of the notice after the header, then prose: no first row
    [['序号', '工作任务', '责任单位', '一、总体要求', '坚持以人民为中心。']],
    // a table whose rows are already whole
    [['序号 | 工作任务 | 责任单位', '1 | 推进改革。 | 县审批局']],
  ])('%j', (texts) => {
    const input = blocks(...texts);
    expect(joinCellLines(input)).toEqual(input);
  });

  it('stops at a jump in 序号 that no category row announces', () => {
    const texts = ['序号', '改革举措', '主要内容', '指导部门', '1', '专利保险机制', '开发保险产品。', '国家知识产权局', '9', '推进改革', '编制清单。', '县审批局'];
    expect(joinCellLines(blocks(...texts)).map((b) => b.text)).toEqual(['序号 | 改革举措 | 主要内容 | 指导部门', '1 | 专利保险机制 | 开发保险产品。 | 国家知识产权局', ...texts.slice(8)]);
  });
});

describe('joinCellLines: 处 in an ordinary header word is no office column', () => {
  it('leaves a table headed 处理意见 one cell a line', () => {
    const lines = ['序号', '工作任务', '处理意见', '1', '修订规划。', '同意'];
    expect(joinCellLines(lines.map((text, k) => ({ text, start: k * 10, end: k * 10 + text.length }))).map((b) => b.text)).toEqual(lines);
  });
});
