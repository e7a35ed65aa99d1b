// false-ending: a common word that only ends like a body's name (新格局, 布局, 大局 end in 局; 网站 in 站; 座谈会 in 会)
// names no body. A measure headed 「建设会展消费新格局」 in a city's plan (北京市深化改革提振消费专项行动方案, read from its
// gazette by OCR) was given 「市建设会展消费新格局」 as its lead.
import { describe, expect, it } from 'vitest';
import { looksLikeBody } from './departments';
import { extractPolicy } from './policy';

const measures = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures;

describe('false-ending: words that end like a body name none', () => {
  it.each(['建设会展消费新格局', '构建新发展格局', '优化空间布局', '服务发展大局', '政府门户网站', '企业家座谈会'])('%s', (word) => {
    expect(looksLikeBody(word)).toBe(false);
  });

  it('gives no lead to measures headed by such words', () => {
    const read = measures([
      '北京市深化改革提振消费专项行动方案',
      '一、提升消费能力',
      '1.促进工资性收入合理增长。健全工资合理增长机制，推动企业提高职工工资。',
      '2.建设会展消费新格局。优化会展空间布局，推动国家会议中心等场馆多功能、多元化使用。',
      '3.服务首都发展大局。统筹推进消费场景建设。',
    ]);
    expect(read.map((m) => m.title)).toEqual(['促进工资性收入合理增长', '建设会展消费新格局', '服务首都发展大局']);
    expect(read.flatMap((m) => [...m.lead, ...m.support])).toEqual([]);
  });
});
