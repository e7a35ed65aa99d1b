import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { headsTheTable } from './division-table';
import type { MeasureItem } from './policy-table';

// The heading-of-the-table rule: a numbered line that only heads the table's rows (the leader who takes them, a
// category) is no measure the rows divide. Real layouts: 绍兴市's 2021 key work (一、徐国龙副市长重点工作 above
// 序号 | 内容与要求 | 责任单位), 六安市's 2022 list (一、潘东旭市长负责事项(共9项) between the header and row 1).
const ledger = (...texts: string[]) =>
  extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => [m.number, m.title, m.lead]);

const notice = ['市人民政府办公室关于印发2021年重点工作责任分工的通知', '各区、县人民政府，市政府各部门：', '《2021年重点工作责任分工》已经市政府同意，现印发给你们，请认真贯彻执行。', '市人民政府办公室', '2021年2月5日', '2021年重点工作责任分工'];

describe('a numbered line heading the table rows is no measure', () => {
  it.each([
    [
      'above the header',
      [...notice, '一、徐国龙副市长重点工作', '序号 | 内容与要求 | 责任单位', '1 | 确保地区生产总值增长7%以上。 | 市发改委', '2 | 固定资产投资增长8%左右。 | 市发改委'],
      [
        [1, '确保地区生产总值增长7%以上', ['市发改委']],
        [2, '固定资产投资增长8%左右', ['市发改委']],
      ],
    ],
    [
      'between the header and row 1',
      [...notice, '序号 | 重点工作 | 牵头责任单位 | 协同责任单位', '一、潘东旭市长负责事项(共9项)', '1 | 全面延伸“双招双引”。 | 市政府办 | 市政府各部门', '2 | 深化“放管服”改革。 | 市数据资源局 | 市政府各部门'],
      [
        [1, '全面延伸“双招双引”', ['市政府办']],
        [2, '深化“放管服”改革', ['市数据资源局']],
      ],
    ],
  ])('%s', (_, lines, expected) => {
    expect(ledger(...lines)).toEqual(expected);
  });

  it.each([
    ['a heading right above the header', [6], 8, '徐国龙副市长重点工作', '徐国龙副市长重点工作', true],
    ['a heading between the header and row 1', [7], 8, '潘东旭市长负责事项(共9项)', '潘东旭市长负责事项（共9项）', true],
  ])('headsTheTable: %s', (_, paragraphs, tableStart, title, text, heads) => {
    expect(headsTheTable({ label: '一、', value: 1, section: null, title, text, paragraphs } as MeasureItem, tableStart)).toBe(heads);
  });
});
