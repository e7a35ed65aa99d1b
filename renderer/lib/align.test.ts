import { describe, expect, it } from 'vitest';
import { alignParagraphs, sentenceOpening, similarity, splitSentences } from './align';

describe('sentences', () => {
  it('splits on full stops and semicolons and keeps very short pieces with the sentence before', () => {
    expect(splitSentences('提升就业服务。好。严格贯彻要求；建立机制。（区人社局牵头）')).toEqual([
      '提升就业服务。好。',
      '严格贯彻要求；',
      '建立机制。',
      '（区人社局牵头）',
    ]);
  });
});

describe('alignment', () => {
  const sentences = [
    '加强养老行业从业人员职业培训机制，12月底前全区培训200名养老护理员。',
    '推动企业和培训院校合作，扩大学徒制培训规模。',
  ];

  it('pairs each report paragraph with the sentence it answers', () => {
    const aligned = alignParagraphs(sentences, [
      '我局与培训院校合作开展学徒制培训，规模进一步扩大。',
      '举办养老护理员培训班4期，累计培训养老护理员186人。',
    ]);
    expect(aligned.map((a) => a.sentence)).toEqual([1, 0]);
  });

  it('leaves an unrelated paragraph unpaired', () => {
    expect(alignParagraphs(sentences, ['今年以来天气晴好，会议顺利召开。'])[0].sentence).toBeNull();
  });

  it('scores identical text 1 and disjoint text 0', () => {
    expect(similarity('优化营商环境', '优化营商环境')).toBe(1);
    expect(similarity('优化营商环境', '养老护理')).toBe(0);
  });
});

describe('sentenceOpening', () => {
  it.each([
    ['9月底前，按照省统一部署，应用好全省统一建设的网上“中介超市”。', '9月底前，按照省统一…'],
    ['规范改进中介服务。', '规范改进中介服务'],
    ['开展中介机构专项整治工作，重点整治服务价格明显偏高。', '开展中介机构专项整治…'],
    ['提升就业服务，', '提升就业服务'],
    ['一二三四五六七八九，十一', '一二三四五六七八九…'],
  ])('%s → %s', (sentence, expected) => {
    expect(sentenceOpening(sentence)).toBe(expected);
  });

  it('quotes words of the sentence itself, which the reader finds in the measure text', () => {
    const text = '规范改进中介服务。开展中介机构专项整治工作，重点整治服务价格明显偏高。查处利用电子政务平台违规收费。';
    for (const s of splitSentences(text)) expect(text).toContain(sentenceOpening(s).replace(/…$/u, ''));
  });
});
