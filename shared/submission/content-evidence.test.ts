import { describe, expect, it } from 'vitest';
import { citesPolicy, distinctiveWords, isAboutPolicy, resemblanceStrength, type MeasureEvidence, type ReportEvidence } from './content-evidence';

const report = (over: Partial<ReportEvidence> = {}): ReportEvidence => ({ citesPolicy: false, namesMeasures: false, workPassages: 1, bodyParagraphs: 4, ...over });
/** Words shared with the measure, with how many measures of the policy use each. */
const measure = (words: Record<string, number>): MeasureEvidence => ({ sharedWords: Object.keys(words), measuresUsing: (w) => words[w] ?? 0 });

describe('isAboutPolicy', () => {
  it.each<[string, Partial<ReportEvidence>, boolean]>([
    ['cites the policy', { citesPolicy: true }, true],
    ['names a measure outright', { namesMeasures: true }, true],
    ['two passages of work out of four answer the policy', { workPassages: 2 }, true],
    ['two passages out of thirty: a long report on other work', { workPassages: 2, bodyParagraphs: 30 }, false],
    ['ten passages out of thirty', { workPassages: 10, bodyParagraphs: 30 }, true],
    ['one passage resembling one measure', {}, false],
    ['no passage at all', { workPassages: 0 }, false],
  ])('%s → %s', (_what, over, expected) => {
    expect(isAboutPolicy(report(over))).toBe(expected);
  });
});

describe('distinctiveWords', () => {
  it('keeps compounds of three characters or more that only this measure uses', () => {
    expect(distinctiveWords(measure({ 转供电: 1, 明码标价: 1, 供电: 1, 执法: 1, 全过程: 2 })).sort()).toEqual(['明码标价', '转供电']);
  });

  it('a piece of a longer term is the same term', () => {
    expect(distinctiveWords(measure({ 工业用: 1, 工业用地: 1, 用地: 1 }))).toEqual(['工业用地']);
  });

  it('a word no measure uses is not the measure’s', () => {
    expect(distinctiveWords(measure({ 法治政府: 0 }))).toEqual([]);
  });
});

describe('resemblanceStrength', () => {
  it('counts what resembles a measure in a report about this policy', () => {
    expect(resemblanceStrength(report({ namesMeasures: true }), measure({ 医疗: 1 }))).toBe('counted');
    expect(resemblanceStrength(report({ workPassages: 3 }), measure({}))).toBe('counted');
  });

  it('counts a single passage that shares two distinctive terms of the measure', () => {
    expect(resemblanceStrength(report(), measure({ 中介机构: 1, 明码标价: 1, 收费: 2 }))).toBe('counted');
  });

  // negative cases: the generic sentences a report on another policy shares with our measures
  it.each<[string, Record<string, number>]>([
    ['two-character words of a health measure', { 医疗: 1, 卫生: 1, 供给: 2, 督促: 2 }],
    ['words of law enforcement that one measure of a short policy uses', { 重大: 1, 过程: 1, 全过程: 1, 执法: 1, 处罚: 1 }],
    ['one distinctive compound only', { 转供电: 1, 收费: 2 }],
    ['one land-use term and its pieces (a disclosure report listing land-transfer notices)', { 用地: 1, 工业: 2, 工业用: 1, 工业用地: 1, 协议: 1, 出让: 1 }],
  ])('one passage with %s is only a suggestion', (_what, words) => {
    expect(resemblanceStrength(report(), measure(words))).toBe('suggestion');
  });
});

describe('citesPolicy', () => {
  const policy = { title: '枣庄市市中区人民政府办公室关于印发《市中区深化“放管服”改革优化营商环境实施方案》的通知', docNumber: '市中政办发〔2021〕14号' };

  it.each([
    ['the document number', '根据市中政办发〔2021〕14号文件要求，现将落实情况报告如下。'],
    ['the number with other brackets', '按照市中政办发[2021]14号要求'],
    ['the title in book-title marks', '为落实《市中区深化“放管服”改革优化营商环境实施方案》，我局…'],
  ])('sees %s', (_what, text) => {
    expect(citesPolicy(text, policy)).toBe(true);
  });

  it.each([
    ['another number of the same year', '根据市中政办发〔2021〕15号文件要求'],
    ['the serial without the issuer’s prefix of another office', '根据区政发〔2021〕14号文件要求'],
    ['words of the title scattered in the text', '深化“放管服”改革，优化营商环境，取得新成效。'],
    ['a policy without number or title', ''],
  ])('does not take %s for a citation', (_what, text) => {
    expect(citesPolicy(text, policy)).toBe(false);
  });

  // a long body, so the citation sits in the opening or well beyond it
  const body = '我局按照职责分工推进各项工作。\n'.repeat(40);

  it.each([
    ['in the opening line', `根据市中政办发〔2021〕14号文件要求，现将落实情况报告如下。\n${body}`],
    ['far past the opening', `${body}附：市中政办发〔2021〕14号文件落实台账`],
    ['by its title, far past the opening', `${body}为落实《市中区深化“放管服”改革优化营商环境实施方案》，我局…`],
    ['across a line break', `${body}根据市中政办发〔2021〕\n14号文件要求`],
  ])('sees a citation %s', (_what, text) => {
    expect(citesPolicy(text, policy)).toBe(true);
  });

  it('takes no citation from the opening that the whole text does not make', () => {
    expect(citesPolicy(`根据市中政办发〔2021〕15号文件要求，现将落实情况报告如下。\n${body}`, policy)).toBe(false);
  });

  it('a generic short title is never cited by chance', () => {
    expect(citesPolicy('我局认真落实实施意见。', { title: '实施意见', docNumber: null })).toBe(false);
  });
});
