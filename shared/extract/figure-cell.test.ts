import { describe, expect, it } from 'vitest';
import { readLabelInSequence } from './numbered-title';

// figure-cell: a line that is a figure alone, a table's cell copied one a line, is no numbered title
// (嘉定区系统化全域推进海绵城市建设的实施方案's 表2: 「3.编制系统方案…」 then the cells 「2024年」「马陆社区」「4.42」).
describe('figure-cell: figures are no titles', () => {
  it.each(['4.42', '12.37', '4.73', '25.20%', '５.２０'])('%s after 3.', (line) => {
    expect(readLabelInSequence(line, 3)).toBeNull();
  });
});
