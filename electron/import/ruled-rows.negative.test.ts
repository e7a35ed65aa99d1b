import { describe, expect, it } from 'vitest';
import { ruledRows, type RuledRun } from './pdf-ruled-rows';

// ruled-rows, negative cases: rules decide rows only where at least two of them cross the table.
const join = (parts: string[]) => parts.join('');
const columns = [
  { left: 84, right: 100 },
  { left: 114, right: 320 },
  { left: 334, right: 410 },
];
const run = (text: string, column: number, y: number): RuledRun => ({ text, column, y, left: columns[column].left, right: columns[column].right });
const lines: RuledRun[][] = [
  [run('序号', 0, 690), run('工作任务', 1, 690), run('牵头单位', 2, 690)],
  [run('1', 0, 670), run('推进证照分离改革。', 1, 670), run('县审批局', 2, 670)],
  [run('2', 0, 650), run('做好政策宣传解读。', 1, 650), run('县融媒体中心', 2, 650)],
];

describe('ruled-rows, negative cases', () => {
  it('leaves a table with one rule (a line under its title) to the text’s spacing', () => {
    expect(ruledRows(lines, columns, [{ left: 80, right: 420, y: 700 }], 10.5, join)).toBeNull();
  });

  it('leaves a table whose only rules lie far from its text (a footnote rule, a letterhead) to the text’s spacing', () => {
    const far = [
      { left: 80, right: 420, y: 780 },
      { left: 80, right: 420, y: 560 },
    ];
    expect(ruledRows(lines, columns, far, 10.5, join)).toBeNull();
  });

  it('leaves rules beside the table, not across it, out', () => {
    const beside = [
      { left: 440, right: 520, y: 680 },
      { left: 440, right: 520, y: 660 },
    ];
    expect(ruledRows(lines, columns, beside, 10.5, join)).toBeNull();
  });

  it('does not cut a cell at a rule that crosses only another column', () => {
    const rules = [
      { left: 80, right: 420, y: 700 },
      { left: 80, right: 420, y: 682 },
      // between rows 1 and 2 in the task and lead columns only: the 序号 cell runs on over both
      { left: 104, right: 420, y: 662 },
      { left: 80, right: 420, y: 642 },
    ];
    const rows = ruledRows(
      [lines[0], [run('1', 0, 660), run('推进证照分离改革。', 1, 670), run('县审批局', 2, 670)], [run('做好政策宣传解读。', 1, 650), run('县融媒体中心', 2, 650)]],
      columns,
      rules,
      10.5,
      join,
    );
    expect(rows?.map((r) => r.cells)).toEqual([
      ['序号', '工作任务', '牵头单位'],
      ['1', '推进证照分离改革。', '县审批局'],
      ['1', '做好政策宣传解读。', '县融媒体中心'],
    ]);
  });
});
