import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} ${m.lead.join('、')}`);

// section-duty-line: a section numbering no items but closing on a duty line of its own is a measure
// (黄浦区可再生能源发展行动方案, 黄发改委办〔2025〕5号).
describe('section-duty-line: a section closing on its own duty line', () => {
  it('reads 二、保障措施 as a measure beside the tasks', () => {
    const text = [
      '某区可再生能源发展行动方案',
      '一、主要任务',
      '（一）全面实施“光伏+”专项工程',
      '结合空间资源，分行业、分领域推进光伏建设。',
      '（责任单位：区发展改革委、区建管委）',
      '（二）积极发展绿色金融',
      '加大对绿色低碳领域的融资支持力度。',
      '（责任单位：区投促办）',
      '二、保障措施',
      '区发展改革委整体部署和系统推进全区可再生能源开发建设相关工作，每年向区委、区政府报告贯彻落实情况。',
      '（责任单位：区发展改革委、各相关部门，各街道管理办）',
    ];
    expect(read(text)).toEqual(['（一） 全面实施“光伏+”专项工程 区发展改革委、区建管委', '（二） 积极发展绿色金融 区投促办', '二、 保障措施 区发展改革委']);
  });
});
