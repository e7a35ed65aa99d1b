import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';
import { extractPolicy } from '../extract/policy';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';

// The year-label rule: a header cell of a year's list may open on that year (2024年建设内容); figure-cell: a detail
// cell may hold a figure (年度投资金额 300); project-column: 项目名称 names the task of a list of projects.
const table = [
  '序号', '项目名称', '建设地点', '建设时间', '2024年建设内容', '年度投资金额 (万元)', '责任单位',
  '1', '城北小学门前道路建设项目', '纸坊街道', '2024', '建成唐塔北路延伸段道路。', '300', '住建局',
  '2', '高标准农田建设项目', '谢村镇', '2024', '实施田块整治500亩。', '4930', '农业农村局',
];

describe('joinCellLines: a header cell opening on the year, a figure in a detail cell', () => {
  it('joins the rows under the header', () => {
    expect(rows(...table)).toEqual([
      '序号 | 项目名称 | 建设地点 | 建设时间 | 2024年建设内容 | 年度投资金额(万元) | 责任单位',
      '1 | 城北小学门前道路建设项目 | 纸坊街道 | 2024 | 建成唐塔北路延伸段道路。 | 300 | 住建局',
      '2 | 高标准农田建设项目 | 谢村镇 | 2024 | 实施田块整治500亩。 | 4930 | 农业农村局',
    ]);
  });

  it('reads each project as a measure titled by its name, its bureau answering, due in its year', () => {
    const policy = extractPolicy({ paragraphs: repairParagraphs(textBlocks(table.join('\n'))) });
    expect(policy.measures.map((m) => [m.title, m.lead.join('、'), m.deadlines.filter((d) => d.kind === 'by').map((d) => d.date).join('、')])).toEqual([
      ['城北小学门前道路建设项目', '住建局', '2024-12-31'],
      ['高标准农田建设项目', '农业农村局', '2024-12-31'],
    ]);
  });
});
