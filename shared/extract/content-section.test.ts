import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// content-section: a section titled only as what the work consists of (项目内容, 建设内容, 改造内容, 工作内容) that numbers
// no items is the task itself, one measure (虹应急〔2026〕2号, 二、项目内容).
describe('content-section: what the work consists of is a measure', () => {
  it.each(['项目内容', '建设内容', '改造内容', '工作内容'])('%s', (title) => {
    const m = extractPolicy({
      paragraphs: ['实施方案', '一、工作目标', '持续改善老旧小区消防安全环境。', `二、${title}`, '原则上选取100平方米以上的场所进行改造。一要增设简易喷淋系统。二要加装火灾探测器。', '三、工作要求', '(一)强化组织领导。各单位要加强组织领导。', '(二)加强宣传引导。各单位要加强宣传。'].map((text, index) => ({ index, text })),
    }).measures;
    expect(m.map((x) => `${x.label} ${x.title}`)).toContain(`二、 ${title}`);
  });
});
