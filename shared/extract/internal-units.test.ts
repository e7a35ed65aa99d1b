import { describe, expect, it } from 'vitest';
import { officeParagraphs } from './office-paragraphs';

// internal-units: a ministry's 司 and 办公厅, a court's 庭 and a university's 院 are a body's own units: paragraphs
// opening on them with their duties divide the work among them.
describe('internal-units: a division among 司, 庭 and 院', () => {
  it.each([
    [['办公厅负责统筹协调和督促检查。', '政策法规司负责规范性文件的合法性审核。', '规划司负责年度计划的编制。'], ['办公厅', '政策法规司', '规划司']],
    [['立案庭负责诉讼服务和立案登记。', '民一庭负责审理相关民事案件。'], ['立案庭', '民一庭']],
    [['本科生院负责组织专家评审。', '经济管理学院负责确定课程和课程建设。'], ['本科生院', '经济管理学院']],
  ])('%j', (lines, names) => {
    expect(officeParagraphs(lines.join('\n'))).toEqual(names);
  });
});
