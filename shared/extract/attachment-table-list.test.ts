import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const extract = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) });
const measures = (lines: string[]) => extract(lines).measures.map((m) => `${m.label} ${[...m.lead, ...m.support].join('、')}`);

// attachment-table-list: a list of attached tables (附表：1、…) ends the text as 附件： does; target-section: a section
// titled only 目标任务 states the targets of the whole work and frames the tasks
// (奉贤区关于进一步推进应急避难场所建设的实施方案, 2022).
describe('attachment-table-list: 附表 ends the measures', () => {
  // a 职责分工 section numbering no items, read as one measure, is followed by the list of tables
  it.each<[string]>([['附表：1、“十四五”期间全区应急避难场所建设推进计划表'], ['附表1：建设项目表'], ['附表']])('%s', (stop) => {
    const text = [
      '某区应急避难场所建设实施方案',
      '一、建设方式',
      '（一）直接设置。由区教育局组织评估和方案设计。',
      '（二）配建设置。由区体育局组织评估和方案设计。',
      '二、职责分工',
      '区民防办：负责牵头制定专业规划。',
      '区财政局：负责落实所需经费。',
      stop,
      '2、“十四五”期间全区应急避难场所建设项目表',
      '3、2021年全区直接设置应急避难场所明细表',
    ];
    expect(measures(text)).toEqual(['（一） 区教育局', '（二） 区体育局', '二、 区民防办、区财政局']);
    expect(extract(text).measures.some((m) => m.text.includes('明细表'))).toBe(false);
  });
});

describe('target-section: 目标任务 frames the tasks', () => {
  it('leaves the targets out and numbers the tasks', () => {
    const text = [
      '某区应急避难场所建设实施方案',
      '一、目标任务',
      '（一）到2025年，全区人均避难面积达到2.3平方米。',
      '（二）到2035年，全区人均避难面积达到3.0平方米。',
      '二、建设方式',
      '（一）直接设置。由区教育局组织评估和方案设计。',
      '（二）配建设置。由区体育局组织评估和方案设计。',
    ];
    expect(measures(text)).toEqual(['二、（一） 区教育局', '二、（二） 区体育局']);
  });
});
