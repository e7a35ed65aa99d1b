import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// dated-section: a section whose paragraph only mentions a date, or sets a target for a year, stays a heading.
const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures;

describe('dated-section: only a closing due day makes the section a task', () => {
  it.each([
    ['到2025年，全区新建普惠性托位2000个，基本建成托育服务体系。'],
    ['2019年2月底前，市政府召开专题会议部署此项工作，各部门要高度重视。'],
  ])('%s', (paragraph) => {
    const measures = read([
      '关于推进托育服务发展的实施方案',
      '一、工作目标',
      paragraph,
      '二、重点任务',
      '（一）扩大托育服务供给。区卫生健康委牵头，区发展改革委配合。',
      '（二）加强托育人才培养。区人力资源社会保障局负责。',
    ]);
    expect(measures.map((m) => m.label)).toEqual(['（一）', '（二）']);
  });
});
