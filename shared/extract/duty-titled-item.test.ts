import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// duty-titled-item and scope-article: in a 总则 chapter, the article titled as the division of duties is a task, while
// the purpose and the scope (「…，适用本办法。」) frame.
describe('duty-titled-item, scope-article: a duties article in 总则 is a task', () => {
  it('keeps 管理部门职责 and drops purpose and scope', () => {
    const text = [
      '某镇村庄道路建设和养护管理办法',
      '第一章 总则',
      '第一条 （目的和依据）',
      '为了加强本镇村庄道路建设和养护管理，结合本镇实际，制定本办法。',
      '第二条 （适用范围和定义）',
      '本镇行政区域内村庄道路的建设和养护管理，适用本办法。',
      '第三条 （管理部门职责）',
      '镇城乡建管中心具体负责村主路的养护工作。',
      '第二章 建设管理',
      '第四条 （规划和用地）',
      '由镇规划建设办牵头负责，将村庄道路纳入村庄规划中落实。',
      '第五条（职责分工）',
      '镇规划建设办：负责日常养护的监管。',
      '镇城乡建管中心：具体负责村主路日常养护的组织实施。',
    ];
    expect(read(text)).toEqual(['第三条', '第四条', '第五条']);
  });
});
