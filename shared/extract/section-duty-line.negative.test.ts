import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { closesOnDutyLine } from './section-duty-line';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);
const duty = (t: string) => /责任单位|负责|牵头/.test(t);

// section-duty-line: a section whose duty is only in its sentences, or in a bracket inside one, is no measure.
describe('section-duty-line: sections that stay frame', () => {
  it('leaves out a 保障措施 section that gives duties only in its sentences', () => {
    const text = [
      '某区可再生能源发展行动方案',
      '一、主要任务',
      '（一）全面实施“光伏+”专项工程。结合空间资源推进光伏建设。（责任单位：区发展改革委、区建管委）',
      '（二）积极发展绿色金融。加大融资支持力度。（责任单位：区投促办）',
      '二、保障措施',
      '区发展改革委整体部署和系统推进全区可再生能源开发建设相关工作。',
    ];
    expect(read(text)).toEqual(['（一）', '（二）']);
  });

  it.each<[string, string[]]>([
    ['a bracket inside the sentence', ['区发展改革委（牵头）整体部署相关工作，各部门配合。']],
    ['the bracket alone, with no paragraph', ['（责任单位：区发展改革委）']],
    ['a bracket that assigns nothing', ['加强宣传引导。', '（以上工作长期坚持）']],
  ])('%s', (_, lines) => {
    expect(closesOnDutyLine(lines, duty)).toBe(false);
  });
});
