import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';
import { extractPolicy } from '../extract/policy';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';

// leader-before-bodies: a table with the lead's and the supporters' columns may name the leader in charge between the
// task and the bodies (目标与任务 / 分管县领导 / 牵头责任单位 / 责任单位, 南陵县 2024); the person's cell after the task
// is the leader's, no line of the task, and names no department.
const table = ['序号', '目标与任务', '分管县领导', '牵头责任单位', '责任单位', '1', '新增托位数400个以上。', '俞悦', '县教育局', '县卫健委、县财政局', '2', '推动义务教育优质均衡发展。', '陆明、俞悦', '县教育局', '县各有关单位'];

describe('joinCellLines: a column of the leaders in charge before the bodies', () => {
  it('joins each row with the leader in its own cell', () => {
    expect(rows(...table)).toEqual([
      '序号 | 目标与任务 | 分管县领导 | 牵头责任单位 | 责任单位',
      '1 | 新增托位数400个以上。 | 俞悦 | 县教育局 | 县卫健委、县财政局',
      '2 | 推动义务教育优质均衡发展。 | 陆明、俞悦 | 县教育局 | 县各有关单位',
    ]);
  });

  it('reads each row as a measure led by its lead, the leader no department', () => {
    const policy = extractPolicy({ paragraphs: repairParagraphs(textBlocks(table.join('\n'))) });
    expect(policy.measures.map((m) => [m.number, m.title, m.lead.join('、'), m.support.join('、')])).toEqual([
      [1, '新增托位数400个以上', '县教育局', '县卫健委、县财政局'],
      [2, '推动义务教育优质均衡发展', '县教育局', ''],
    ]);
  });
});
