import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// Task tables whose responsibility column carries another header, with category rows across all columns.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const duties = (header: string, row: string) => readTable(lines(header, row), 0, 2).items.map((m) => m.duties);

describe('readTable: responsibility headers', () => {
  it.each([
    ['序号 | 工作任务 | 主办单位 | 协办单位', '1 | 推进改革。 | 县审批局 | 县财政局', ['牵头单位：县审批局', '配合单位：县财政局']],
    ['序号 | 工作任务 | 主责单位 | 配合部门', '1 | 推进改革。 | 区审批局 | 区财政局', ['牵头单位：区审批局', '配合单位：区财政局']],
    ['序号 | 重点工作 | 责任部门 | 完成时限', '1 | 推进改革。 | 市审批局 | 2022年6月底前', ['责任单位：市审批局', '完成时限：2022年6月底前']],
    ['序号 | 工作任务 | 承办单位', '1 | 推进改革。 | 县审批局', ['责任单位：县审批局']],
    ['序号 | 工作任务 | 指导部门 | 落实单位', '1 | 推进改革。 | 市审批局 | 各县（市、区）', ['责任单位：市审批局', '责任单位：各县（市、区）']],
    ['序号 | 工作任务 | 责任领导 | 牵头单位', '1 | 推进改革。 | 张某某 | 县审批局', ['牵头单位：县审批局']],
    ['序号 | 工作任务 | 牵头单位 | 配合单位', '1 | 推进改革。 | 县审批局 | 无', ['牵头单位：县审批局']],
    // a plan's task list names the bodies that carry each task forward, after a column of kinds
    ['任务类型 | 序号 | 工作任务 | 推进单位', '旧区改造 | 1 | 完成旧里改造。 | 区房管局、区建设管理委', ['责任单位：区房管局、区建设管理委']],
    ['序号 | 工作任务 | 推进部门', '1 | 推进改革。 | 县审批局', ['责任单位：县审批局']],
    // the promises of a work report (民生实事) are the table's tasks
    ['序号 | 民生实事 | 责任单位 | 完成时限', '1 | 新建2座人行天桥。 | 县住建局 | 9月投入使用', ['责任单位：县住建局', '完成时限：9月投入使用']],
  ])('%s', (header, row, expected) => {
    expect(duties(header, row)).toEqual([expected]);
  });

  it('reads a table led by its 责任领导 alone, naming no department', () => {
    expect(duties('序号 | 工作任务 | 责任领导 | 完成时限', '1 | 推进改革。 | 张某某 | 2022年6月底前')).toEqual([['完成时限：2022年6月底前']]);
  });

  it('takes category rows across all columns as sections, keeping the written numbers with their gaps', () => {
    const t = readTable(
      lines('| 序号 | 重点任务 | 具体举措 | 牵头单位 |', '| 一、推动芯片发展 |', '| 1 | 推动芯片。 | 支持研发。 | 省发展改革委 |', '| 二、强化算力保障 |', '| 3 | 推进算力布局。 | 建设平台。 | 省通信管理局 |'),
      0,
      5,
    );
    expect(t.sections.map((s) => s.title)).toEqual(['推动芯片发展', '强化算力保障']);
    expect(t.items.map((m) => [m.value, m.section])).toEqual([[1, '一'], [3, '二']]);
  });

  it('titles each row by its own measure when one task name spans several rows', () => {
    const t = readTable(lines('序号 | 重点任务 | 具体举措 | 牵头单位', '1 | 推动芯片。 | 支持研发攻关。 | 省科技厅', '2 | 推动芯片。 | 招引龙头企业。 | 省发展改革委'), 0, 3);
    expect(t.items.map((m) => m.title)).toEqual(['支持研发攻关', '招引龙头企业']);
  });
});

describe('readTable: a department’s own plan, its internal offices in the columns', () => {
  it.each([
    ['序号 | 重点任务 | 牵头处室 | 配合处室 | 完成时限', '1 | 修订规划。 | 规划处 | 财务处、人事处 | 2024年6月底前', ['牵头单位：规划处', '配合单位：财务处、人事处', '完成时限：2024年6月底前']],
    ['序号 | 工作任务 | 责任处室', '1 | 开展合法性审核。 | 法规处', ['责任单位：法规处']],
    ['序号 | 工作任务 | 责任科室 | 完成时限', '1 | 做好值班值守。 | 办公室 | 全年', ['责任单位：办公室', '完成时限：全年']],
    ['序号 | 工作任务 | 牵头处（室） | 责任处（室）', '1 | 推进改革。 | 法规处 | 各处室', ['牵头单位：法规处', '责任单位：各处室']],
  ])('%s', (header, row, expected) => {
    expect(duties(header, row)).toEqual([expected]);
  });

  it('reads a row whose task mentions 领导 and 工作 as a row, not as the header repeated', () => {
    const t = readTable(
      lines('序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限', '1 | 坚持服务跟着项目走,优化工作机制,落实重点项目“领导+专班”等制度。 | 叶林 | 招商工作部、安商工作部 | 全年'),
      0,
      2,
    );
    expect(t.items.map((m) => m.duties)).toEqual([['责任单位：招商工作部、安商工作部', '完成时限：全年']]);
  });
});
