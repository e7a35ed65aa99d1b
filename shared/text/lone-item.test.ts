import { describe, expect, it } from 'vitest';
import { repairParagraphs } from './repair';
import { runOnItemStarts } from './run-on-items';

// lone-item: a one-line copy holding a single measure (an excerpt, or a notice of one task) still shows where it
// begins: its number 1 after the introduction's colon, a title or a full stop, and the item running to the end closing
// on who answers for it, a duty bracket or a sentence naming the lead.
describe('lone-item: a single measure after the introduction', () => {
  it.each([
    ['现提出以下意见:一、推进重大项目建设。加快资金拨付进度。(省发展改革委、财政厅牵头;省水利厅配合)', '一、推进'],
    ['十大工程推进工作方案一、千亿斤粮食产能工程。新增水田面积100万亩。省水利厅牵头,省发改委等单位配合。', '一、千亿'],
    ['为做好工作,提出如下分工。1.水利化工程:开工建设灌区工程。省水利厅牵头,省发改委等单位配合。', '1.水利化'],
    ['具体措施如下：（一）强化要素保障。统筹用地指标。（责任单位：市自然资源局）', '（一）强化'],
  ])('%s', (text, opens) => {
    expect(runOnItemStarts(text).map((s) => text.slice(s, s + opens.length))).toEqual([opens]);
  });

  it('gives the introduction and the measure a line each', () => {
    const line = '各州、市人民政府:现提出以下意见:一、推进重大项目建设。加快资金拨付进度。(省发展改革委牵头;省财政厅配合)';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '各州、市人民政府:现提出以下意见:',
      '一、推进重大项目建设。加快资金拨付进度。(省发展改革委牵头;省财政厅配合)',
    ]);
  });
});
