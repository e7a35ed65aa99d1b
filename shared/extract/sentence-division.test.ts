import { describe, expect, it } from 'vitest';
import { divisionSentences } from './division-sentences';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} ${m.lead.join('、')}/${m.support.join('、')} ${m.generic.join('、')}`);

// sentence-division: a 职责分工 section of one paragraph whose sentences each open on who answers divides the work as
// paragraphs so opening do (虹口区, 虹应急〔2026〕2号, 三、职责分工).
describe('sentence-division: one paragraph of sentences opening on who answers', () => {
  const plan = [
    '关于老旧小区充电场所加装消防设施的实施方案',
    '一、项目内容',
    '原则上选取100平方米以上的充电场所进行改造。一要增设简易喷淋系统。二要加装火灾探测器。',
    '二、职责分工',
    '区应急局统筹开展项目建设、工程验收等工作。区消防救援局负责对改造方案进行技术把关。区财政局、区发改委负责落实项目所需经费。各属地街道负责排摸辖区内场所底数情况，指导协调居民小区业委会配合开展。',
    '三、工作要求',
    '(一)强化组织领导。各单位要切实加强组织领导，确保项目有序进行。',
    '(二)加强宣传引导。各单位要加强宣传报道。',
  ];

  it('reads each sentence by its opening', () => {
    expect(divisionSentences([plan[4]]).map((p) => p.bodies)).toEqual([['区应急局'], ['区消防救援局'], ['区财政局', '区发改委'], []]);
  });

  it('makes the section one measure the bodies share, the streets generic, the estates no body', () => {
    expect(read(plan)).toEqual(['一、 项目内容 / ', '二、 职责分工 区应急局、区消防救援局、区财政局、区发改委/ 各属地街道']);
  });
});
