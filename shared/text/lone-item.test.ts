import { describe, expect, it } from 'vitest';
import { repairParagraphs } from './repair';
import { runOnItemStarts } from './run-on-items';

// lone-item: a one-line copy holding a single measure (an excerpt, or a notice of one task) still shows where it
// begins: its number 1 after the introduction's colon, a title or a full stop, and the item running to the end closing
// on who answers for it (a duty bracket or a sentence naming the lead), or its heading closing on a duty bracket, or
// the item the first inside an outer item so found, after a full stop.
describe('lone-item: a single measure after the introduction', () => {
  it.each([
    ['现提出以下意见:一、推进重大项目建设。加快资金拨付进度。(省发展改革委、财政厅牵头;省水利厅配合)', '一、推进'],
    ['十大工程推进工作方案一、千亿斤粮食产能工程。新增水田面积100万亩。省水利厅牵头,省发改委等单位配合。', '一、千亿'],
    ['为做好工作,提出如下分工。1.水利化工程:开工建设灌区工程。省水利厅牵头,省发改委等单位配合。', '1.水利化'],
    ['具体措施如下：（一）强化要素保障。统筹用地指标。（责任单位：市自然资源局）', '（一）强化'],
  ])('%s', (text, opens) => {
    expect(runOnItemStarts(text).map((s) => text.slice(s, s + opens.length))).toEqual([opens]);
  });

  it('takes a lone section whose heading closes on its duty bracket, and the first item inside it', () => {
    const text = '现印发给你们。为推动经济持续向好，制定如下举措。一、强化科技创新(区科技局牵头)以改革为牵引，加快培育新质生产力。(一)加强科创平台效能建设。加快建设研究院。';
    expect(runOnItemStarts(text).map((s) => text.slice(s, s + 4))).toEqual(['一、强化', '(一)加']);
  });

  it('gives the introduction and the measure a line each', () => {
    const line = '各州、市人民政府:现提出以下意见:一、推进重大项目建设。加快资金拨付进度。(省发展改革委牵头;省财政厅配合)';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '各州、市人民政府:现提出以下意见:',
      '一、推进重大项目建设。加快资金拨付进度。(省发展改革委牵头;省财政厅配合)',
    ]);
  });
});
