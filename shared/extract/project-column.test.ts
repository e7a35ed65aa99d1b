import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.title} / ${m.lead.join('、')}`);

// project-column: in a list of projects, the 项目名称 column names each project: the task, its title.
describe('project-column: a table of projects', () => {
  it('reads each project row as a measure', () => {
    expect(
      read([
        '序号 | 项目名称 | 建设地点 | 建设内容 | 责任单位',
        '1 | 城北小学门前道路建设项目 | 纸坊街道 | 建成唐塔北路延伸段道路。 | 住建局',
        '2 | 高标准农田建设项目 | 谢村镇 | 实施田块整治500亩。 | 农业农村局',
      ]),
    ).toEqual(['城北小学门前道路建设项目 / 住建局', '高标准农田建设项目 / 农业农村局']);
  });
});
