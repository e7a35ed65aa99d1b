// stamp-before-count: a blog's posting day opening the line that goes on with the page's read count and the poster
// (2018-12-25  本文已影响0人  DuDuDu_e980) dates the page (report-metadata.ts, leadingStamp; detect-date.ts). Lines adapted
// from the real report of __fixtures__/real (sanitation-team-brief).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { leadingStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('stamp-before-count', () => {
  it.each([
    ['2018-12-25  本文已影响0人  DuDuDu_e980', '2018-12-25'],
    ['2021-3-8 阅读:1205', '2021-03-08'],
    ['2020-11-02 浏览次数：36', '2020-11-02'],
  ])('reads %s', (text, date) => expect(leadingStamp(text)).toBe(date));

  it('dates a brief by the line under its title', () => {
    const text = ['12月25日市第十督导组督导简报', '2018-12-25  本文已影响0人  DuDuDu_e980', '12月25日上午,市城市环境卫生综合整治第十督导组对攸攸板辖区进行实地督导检查。'].join('\n');
    expect(detectDate(paragraphs(text), '2099-01-01').date).toBe('2018-12-25');
  });
});
