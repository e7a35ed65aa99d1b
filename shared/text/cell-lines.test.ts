import { describe, expect, it } from 'vitest';
import { cellBlocks as blocks, cellRows as rows } from './__fixtures__/cell-rows';
import { joinCellLines } from './cell-lines';

describe('joinCellLines: a table copied one cell a line', () => {
  it('puts each row back together, several bodies of one cell joined', () => {
    expect(
      rows('附件', '序号', '民生实事', '责任单位', '完成时限', '1', '启动县图书馆新馆建设。', '县文体广新局', '县代建中心', '12月底前', '2', '新建2座人行天桥。', '县住建局', '9月投入使用'),
    ).toEqual(['附件', '序号 | 民生实事 | 责任单位 | 完成时限', '1 | 启动县图书馆新馆建设。 | 县文体广新局、县代建中心 | 12月底前', '2 | 新建2座人行天桥。 | 县住建局 | 9月投入使用']);
  });

  it('keeps a second task under the same 序号 and bodies in its row', () => {
    expect(rows('序号', '民生实事', '责任单位', '完成时限', '1', '开工建设县老年养护楼。', '县民政局', '5月底前动工', '开工建设老年大学。', '12月底前')).toEqual([
      '序号 | 民生实事 | 责任单位 | 完成时限',
      '1 | 开工建设县老年养护楼。开工建设老年大学。 | 县民政局 | 5月底前动工；12月底前',
    ]);
  });

  it('reads a table without a time column, and gaps in 序号', () => {
    expect(rows('序号', '工作任务', '牵头单位', '1', '推进改革。', '县审批局', '3', '建设平台。', '县数据局')).toEqual([
      '序号 | 工作任务 | 牵头单位',
      '1 | 推进改革。 | 县审批局',
      '3 | 建设平台。 | 县数据局',
    ]);
  });

  it('leaves the lines after the last row that name no body and no time', () => {
    expect(rows('序号', '工作任务', '责任单位', '完成时限', '1', '推进改革。', '县审批局', '6月底前', '抄送：县委办公室。')).toEqual([
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 推进改革。 | 县审批局 | 6月底前',
      '抄送：县委办公室。',
    ]);
  });

  it('marks the rows as blocks of their own', () => {
    const out = joinCellLines(blocks('序号', '工作任务', '责任单位', '1', '推进改革。', '县审批局'));
    expect(out.map((b) => [b.standalone, b.start, b.end])).toEqual([
      [true, 0, 12],
      [true, 13, 25],
    ]);
  });
});

describe('joinCellLines: a table with detail columns, read one line a cell', () => {
  it.each([
    [
      'category rows kept as lines of their own, a jump in 序号 after one',
      ['序号', '改革举措', '主 要 内 容', '指导部门', '推广范围', '一、知识产权保护方面（共2项）', '1', '专利保险机制', '开发专利保险产品，降低侵权损失。', '国家知识产权局、中国银保监会', '全国', '二、管理体制创新方面（共1项）', '21', '高校自主评审', '下放职称评审权。', '教育部、人力资源社会保障部、审计署', '8个改革试验区域'],
      ['序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围', '一、知识产权保护方面（共2项）', '1 | 专利保险机制 | 开发专利保险产品，降低侵权损失。 | 国家知识产权局、中国银保监会 | 全国', '二、管理体制创新方面（共1项）', '21 | 高校自主评审 | 下放职称评审权。 | 教育部、人力资源社会保障部、审计署 | 8个改革试验区域'],
    ],
    [
      'a long cell of bodies on one line, a time column',
      ['序号', '工作任务', '具体内容', '责任单位', '完成时限', '1', '推进改革', '编制清单。', '县审批局、县发改局、县财政局、县司法局、县市场监管局、县数据局', '6月底前', '2', '建设平台', '上线系统。', '县数据局', '12月底前'],
      ['序号 | 工作任务 | 具体内容 | 责任单位 | 完成时限', '1 | 推进改革 | 编制清单。 | 县审批局、县发改局、县财政局、县司法局、县市场监管局、县数据局 | 6月底前', '2 | 建设平台 | 上线系统。 | 县数据局 | 12月底前'],
    ],
    [
      'the lines after the last row left as they were',
      ['序号', '改革举措', '主要内容', '指导部门', '1', '专利保险机制', '开发保险产品。', '国家知识产权局', '抄送：各省人民政府。'],
      ['序号 | 改革举措 | 主要内容 | 指导部门', '1 | 专利保险机制 | 开发保险产品。 | 国家知识产权局', '抄送：各省人民政府。'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(rows(...input)).toEqual(expected);
  });

  it('keeps a category row between rows of a table read by its kinds of cell', () => {
    expect(rows('序号', '工作任务', '责任单位', '一、稳增长', '1', '推进改革。', '县审批局', '二、惠民生', '5', '建设学校。', '县教育局')).toEqual([
      '序号 | 工作任务 | 责任单位',
      '一、稳增长',
      '1 | 推进改革。 | 县审批局',
      '二、惠民生',
      '5 | 建设学校。 | 县教育局',
    ]);
  });
});

describe('joinCellLines: a department’s own plan, its offices in the bodies’ column', () => {
  it.each([
    ['责任处室', '规划处'],
    ['牵头科室', '办公室'],
    ['责任处（室）', '法规处'],
  ])('reads the %s column as the bodies’ column', (head, office) => {
    expect(rows('序号', '工作任务', head, '完成时限', '1', '修订规划。', office, '6月底前')).toEqual([`序号 | 工作任务 | ${head} | 完成时限`, `1 | 修订规划。 | ${office} | 6月底前`]);
  });
});

describe('joinCellLines: the lead’s and the supporters’ columns side by side', () => {
  it.each([
    [
      'a department’s extract under the table’s own 序号, a supporters’ cell with commas and a full stop',
      ['序号', '重点工作任务', '主要责任单位', '协同配合单位', '一、主要预期目标', '3', '固定资产投资增长7.5%左右。', '区发改委', '区工信局、区教育局，各乡镇人民政府、街道办事处，魏武国控集团。', '二、惠民生', '68', '加快建设教学楼项目。', '区教育局', '区政府有关部门，各乡镇人民政府。'],
      ['序号 | 重点工作任务 | 主要责任单位 | 协同配合单位', '一、主要预期目标', '3 | 固定资产投资增长7.5%左右。 | 区发改委 | 区工信局、区教育局，各乡镇人民政府、街道办事处，魏武国控集团。', '二、惠民生', '68 | 加快建设教学楼项目。 | 区教育局 | 区政府有关部门，各乡镇人民政府。'],
    ],
    [
      'a lead broken after 、, supporters wrapped over two lines, a deadline',
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '1', '推进改革。', '县财政局、', '县税务局', '市政府各部门、', '各直属机构', '6月底前', '2', '建设平台。', '县数据局', '县审批局', '12月底前'],
      ['序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限', '1 | 推进改革。 | 县财政局、县税务局 | 市政府各部门、各直属机构 | 6月底前', '2 | 建设平台。 | 县数据局 | 县审批局 | 12月底前'],
    ],
    [
      'a report’s account under each row kept as a line of its own, a row without supporters',
      ['序号', '工作任务', '牵头单位', '配合单位', '1', '推进改革。', '县审批局', '县财政局、县数据局等。', '已完成清单编制。', '2', '建设平台。', '县数据局', '平台已上线。'],
      ['序号 | 工作任务 | 牵头单位 | 配合单位', '1 | 推进改革。 | 县审批局 | 县财政局、县数据局等。', '已完成清单编制。', '2 | 建设平台。 | 县数据局 | ', '平台已上线。'],
    ],
    [
      'a row whose lines name no body: its first line the task, the rest left as they were',
      ['序号', '工作任务', '牵头单位', '配合单位', '1', '推进改革。', '县审批局', '县财政局', '2', '建设平台。', '平台已上线。'],
      ['序号 | 工作任务 | 牵头单位 | 配合单位', '1 | 推进改革。 | 县审批局 | 县财政局', '2 | 建设平台。 |  | ', '平台已上线。'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(rows(...input)).toEqual(expected);
  });
});
