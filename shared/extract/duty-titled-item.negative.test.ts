import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// duty-titled-item, negative: a 总则 article titled otherwise, or a duties article naming no body, frames as before; a
// sentence that only mentions 适用 elsewhere is no scope article.
describe('duty-titled-item, scope-article: negative cases', () => {
  it('drops 总则 articles that are no division naming a body', () => {
    const text = [
      '某镇村庄道路建设和养护管理办法',
      '第一章 总则',
      '第一条 （基本原则）',
      '镇城乡建管中心具体负责村主路的养护工作。',
      '第二条 （工作职责）',
      '各村按照职责做好养护。',
      '第二章 建设管理',
      '第三条 （规划和用地）',
      '由镇规划建设办牵头负责，将村庄道路纳入村庄规划中落实。（责任单位：镇规划建设办）',
      '第四条 （资金管理）',
      '镇财政所负责资金拨付，参照本办法第三条适用本办法规定的程序办理，并及时公开。（责任单位：镇财政所）',
    ];
    expect(read(text)).toEqual(['第三条', '第四条']);
  });
});
