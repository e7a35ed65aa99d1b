import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

// closing-article and purpose-article: articles titled on lines of their own whose content is the purpose, the scope or the
// entry into force frame the measures, however long the purpose's sentence.
describe('closing-article, purpose-article: titled articles that frame', () => {
  it('drops the purpose, scope and entry-into-force articles', () => {
    const text = [
      '关于印发《某区综合用地规划和土地管理的若干意见》的通知',
      '第一条（目的和依据）',
      `为加快某区域建设，${'聚焦培育新产业、新业态、新技术，'.repeat(8)}根据有关法律法规规章规定，制定本意见。`,
      '第二条（适用范围）',
      '本若干意见适用于某区域范围内的综合用地规划和土地管理工作。',
      '第三条（规划条件征询及确定）',
      '综合用地供应前，由某管理局土地招拍挂办公室向规划土地管理部门征询规划条件。',
      '第四条（实施日期）',
      '本意见自2022年1月20日起施行，有效期至2027年1月19日。',
    ];
    expect(read(text)).toEqual(['第三条 规划条件征询及确定']);
  });
});
