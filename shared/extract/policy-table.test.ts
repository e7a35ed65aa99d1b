import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable, tableCells } from './policy-table';

const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

describe('tableCells', () => {
  it.each([
    ['| 1 | 推进改革 | 区审批局 |', ['1', '推进改革', '区审批局']],
    ['1 | 推进改革 | 区审批局', ['1', '推进改革', '区审批局']],
    ['序号|任务', ['序号', '任务']],
  ])('%s', (text, cells) => {
    expect(tableCells(text)).toEqual(cells);
  });

  it('is null for ordinary lines', () => {
    expect(tableCells('推进改革。（区审批局牵头）')).toBeNull();
  });
});

describe('readTable', () => {
  it('reads rows as Word tables come from the importer, with a merged section row', () => {
    const t = readTable(
      lines(
        '重点任务分工表',
        '序号 | 工作任务 | 责任单位 | 完成时限',
        '一、优化审批服务',
        '1 | 推进证照分离改革。实行清单管理。 | 县审批局（牵头），县市场监管局 | 2022年6月底前',
        '2 | 深化工程审批改革。 | 县住建局、县自然资源局 | 2022年9月底前',
        '二、加强监管',
        '序号 | 工作任务 | 责任单位 | 完成时限',
        '3 | 推行双随机监管。 | 县市场监管局 | 长期坚持',
        '附件说明：以上任务按季度调度。',
        '4 | 不属于表格的行 | 县财政局 | 年底前',
      ),
      0,
      10,
    );
    expect(t.sections).toEqual([
      { number: '一', title: '优化审批服务' },
      { number: '二', title: '加强监管' },
    ]);
    expect(t.items.map((m) => [m.label, m.value, m.section, m.title])).toEqual([
      ['1', 1, '一', '推进证照分离改革'],
      ['2', 2, '一', '深化工程审批改革'],
      ['3', 3, '二', '推行双随机监管'],
    ]);
    expect(t.items[0].text).toBe('推进证照分离改革。实行清单管理。\n责任单位：县审批局（牵头），县市场监管局\n完成时限：2022年6月底前');
    expect(t.items[0].paragraphs).toEqual([3]);
  });

  it('aligns a short row (merged leading cells) to the right', () => {
    const t = readTable(
      lines('| 类别 | 序号 | 任务 | 牵头单位 | 配合单位 |', '| 营商环境 | 1 | 压缩开办时间。 | 区市场监管局 | 区税务局 |', '| 2 | 推广电子执照。 | 区市场监管局 | 区公安分局 |'),
      0,
      3,
    );
    expect(t.sections).toEqual([{ number: '一', title: '营商环境' }]);
    expect(t.items.map((m) => [m.value, m.section, m.text])).toEqual([
      [1, '一', '压缩开办时间。\n牵头单位：区市场监管局\n配合单位：区税务局'],
      [2, '一', '推广电子执照。\n牵头单位：区市场监管局\n配合单位：区公安分局'],
    ]);
  });

  it('reads a table whose cells are separated by whitespace only (a pasted spreadsheet, a PDF table)', () => {
    const t = readTable(
      lines(
        '序号\t工作任务\t责任单位\t完成时限',
        '1\t推行企业开办一日办结。\t市市场监管局（牵头），市税务局\t2022年6月底前',
        // a space inside the task cell, and names separated only by spaces in the responsibility cell
        '2 推进工程建设 项目审批改革。 县住建局 县自然资源局 县城管局 2022年9月底前',
        '各牵头单位要按季度报送进展。',
      ),
      0,
      4,
    );
    expect(t.items.map((m) => [m.value, m.text])).toEqual([
      [1, '推行企业开办一日办结。\n责任单位：市市场监管局（牵头），市税务局\n完成时限：2022年6月底前'],
      [2, '推进工程建设项目审批改革。\n责任单位：县住建局、县自然资源局、县城管局\n完成时限：2022年9月底前'],
    ]);
    expect(t.items[1].duties).toEqual(['责任单位：县住建局、县自然资源局、县城管局', '完成时限：2022年9月底前']);
  });

  it('does not read spaced lines as rows without a spaced header', () => {
    expect(readTable(lines('1 推进改革 县住建局 2022年9月底前'), 0, 1).items).toEqual([]);
  });

  it('needs a header that assigns duties', () => {
    expect(readTable(lines('| 序号 | 项目名称 | 投资额 |', '| 1 | 物流园 | 5亿元 |'), 0, 2).items).toEqual([]);
  });
});
