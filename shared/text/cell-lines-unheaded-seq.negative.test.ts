import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The unheaded-seq rule: what it leaves alone.

describe('joinCellLines: a 序号 without a header cell, negative cases', () => {
  it.each([
    // the first row opens on its 序号, no kind before it: nothing shows the first column to be the kinds'
    [['工作任务', '具体要求', '责任科室', '时限要求', '1', '对规范性文件进行全面清理。', '办公室', '年底前']],
    // only one header cell before the bodies': no column left for the kind
    [['具体要求', '责任科室', '强化公开', '1', '全面清理文件。', '办公室']],
    // the third header cell names no bodies
    [['工作任务', '具体要求', '完成情况', '强化公开', '1', '全面清理文件。', '已完成']],
    // prose lines, not header cells
    [['各科室要加强统筹协调。', '明确具体要求。', '责任科室', '强化公开', '1', '全面清理文件。', '办公室']],
    // the kind line is a sentence
    [['工作任务', '具体要求', '责任科室', '各科室要按照要求认真落实，确保取得实效。', '1', '全面清理文件。', '办公室']],
  ])('%j is no table', (input) => {
    expect(rows(...input)).toEqual(input);
  });
});
