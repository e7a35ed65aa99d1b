import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';
import { extractPolicy } from '../extract/policy';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';

// The leader-column rule: a table with the lead's and the supporters' columns may close on the people answerable for
// each row (责任领导); a row whose leader's cell is empty still ends at the next 序号, and a person's name after the
// supporters is the row's leader's cell.
const table = [
  '序号', '主要工作举措', '牵头单位', '配合单位', '责任领导',
  '一、做大做强主导产业',
  '1', '加快推进肉鸡、肉牛全产业链规划布局和对外招商。', '区农业农村局', '区发展改革局、区工业和信息化局',
  '2', '加快在建项目的建设进度。', '近海经济区管委会', '自然资源分局、区发展改革局', '冯冬昌',
  '3', '扶持一批重点增资项目扩产。', '区工业和信息化局', '近海经济区管委会、各镇政府(街道办事处)', '冯冬昌、李明',
];

describe('joinCellLines: a column of the people answerable after the supporters', () => {
  it('joins each row under the header, the leader\'s cell its last, empty where the row has none', () => {
    expect(rows(...table)).toEqual([
      '序号 | 主要工作举措 | 牵头单位 | 配合单位 | 责任领导',
      '一、做大做强主导产业',
      '1 | 加快推进肉鸡、肉牛全产业链规划布局和对外招商。 | 区农业农村局 | 区发展改革局、区工业和信息化局 | ',
      '2 | 加快在建项目的建设进度。 | 近海经济区管委会 | 自然资源分局、区发展改革局 | 冯冬昌',
      '3 | 扶持一批重点增资项目扩产。 | 区工业和信息化局 | 近海经济区管委会、各镇政府(街道办事处) | 冯冬昌、李明',
    ]);
  });

  it('reads each row as a measure led by its lead, the people answerable no department', () => {
    const policy = extractPolicy({ paragraphs: repairParagraphs(textBlocks(table.join('\n'))) });
    expect(policy.measures.map((m) => [m.number, m.lead.join('、'), m.support.join('、')])).toEqual([
      [1, '区农业农村局', '区发展改革局、区工业和信息化局'],
      [2, '近海经济区管委会', '自然资源分局、区发展改革局'],
      [3, '区工业和信息化局', '近海经济区管委会'],
    ]);
  });
});
