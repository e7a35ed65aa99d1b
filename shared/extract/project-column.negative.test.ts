import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures;

describe('project-column: negative cases', () => {
  it('reads no measure from a table of projects that names no one answerable', () => {
    expect(
      read([
        '序号 | 项目名称 | 建设地点 | 年度投资金额',
        '1 | 城北小学门前道路建设项目 | 纸坊街道 | 300',
        '2 | 高标准农田建设项目 | 谢村镇 | 4930',
      ]),
    ).toEqual([]);
  });
});
