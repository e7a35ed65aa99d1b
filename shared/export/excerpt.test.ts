import { describe, expect, it } from 'vitest';
import { bestEvidence, EXCERPT_MAX, quoteExcerpt, substanceOf } from './excerpt';
import { evidence } from './__fixtures__/builders';

const long =
  '按照“放管服”改革要求，我局已于11月中旬全面清理规范已取消的职业资格相关联的政策限制，共清理文件12件，并建立多元化职业技能评价机制。';

describe('quoteExcerpt', () => {
  it('keeps a short passage whole', () => expect(quoteExcerpt('拨付培训补贴资金320万元。')).toBe('拨付培训补贴资金320万元。'));

  it('never exceeds the limit, ellipsis included', () => {
    const q = quoteExcerpt(long);
    expect(Array.from(q).length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(q.endsWith('……')).toBe(true);
    for (const max of [10, 25, 40]) expect(Array.from(quoteExcerpt(long, max)).length).toBeLessThanOrEqual(max);
  });

  it('ends on a sentence boundary in the second half when there is one', () => {
    const passage = '一是完善了工作机制，成立了由分管领导任组长的工作专班。二是强化督导检查，开展专项督查三次，发现问题十二个，全部整改到位，形成长效机制，并向社会公开通报。';
    expect(quoteExcerpt(passage, 40)).toBe('一是完善了工作机制，成立了由分管领导任组长的工作专班。……');
  });

  it('nests inner double quotes as single ones and strips outer quotes', () => {
    expect(quoteExcerpt('“推进“一网通办”改革”')).toBe('推进‘一网通办’改革');
  });

  it('removes layout spaces from PDF text', () => expect(quoteExcerpt('截至 2021 年 12 月 ， 共 培 训')).toBe('截至2021年12月，共培训'));

  it('counts characters, not UTF-16 units', () => {
    const rare = '𠀀'.repeat(70);
    expect(Array.from(quoteExcerpt(rare)).length).toBe(EXCERPT_MAX);
  });
});

describe('bestEvidence', () => {
  it('prefers an explicit reference, then a title match, then content, then the earliest', () => {
    const content = evidence('a.docx', '2021-10-01', '内容', 'content');
    const title = evidence('b.docx', '2021-12-01', '标题', 'title');
    const laterRef = evidence('c.docx', '2021-12-20', '引用二', 'reference');
    const earlyRef = evidence('d.docx', '2021-11-20', '引用一', 'reference');
    expect(bestEvidence([content, title, laterRef, earlyRef])).toBe(earlyRef);
    expect(bestEvidence([content, title])).toBe(title);
  });

  it('skips evidence with no words to quote', () => {
    const blank = evidence('a.docx', '2021-10-01', '   ', 'reference');
    const content = evidence('b.docx', '2021-10-02', '有内容', 'content');
    expect(bestEvidence([blank, content])).toBe(content);
    expect(bestEvidence([blank])).toBeNull();
  });
});

describe('substanceOf', () => {
  it('quotes the longest cell of a table row', () => {
    expect(substanceOf('1 | 提高职业技能 | 印发《以工代训补贴经办规程》，发放补贴123.6万元。')).toBe('印发《以工代训补贴经办规程》，发放补贴123.6万元。');
  });
  it('leaves a sentence alone', () => {
    expect(substanceOf('已完成清理，共梳理文件76件。')).toBe('已完成清理，共梳理文件76件。');
  });
});
