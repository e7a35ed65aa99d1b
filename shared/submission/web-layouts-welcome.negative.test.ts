// Negative cases of site-welcome (see web-layouts-welcome.test.ts).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { isSiteChrome } from './report-metadata';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));

describe('site-welcome: negative cases', () => {
  it.each([
    ['a sentence welcoming a visit in the report', '我局热烈欢迎来到我县考察的市委调研组,并作了汇报。'],
    ['a report’s sentence on welcoming investors', '全县上下欢迎访问企业家来县投资兴业。'],
  ])('%s is the report’s', (_what, text) => expect(isSiteChrome(text)).toBe(false));

  it('a date in the body under the first sentence does not date the page', () => {
    const lines = ['根据省委巡视工作统一部署,省委第五巡视组对省卫生健康委党组开展了专项巡视,现将整改进展情况予以公布。', '发布时间:2023-06-24'];
    const d = detectDate(paragraphs(lines), '2099-01-01');
    expect(d.dateSource).toBe('import');
  });
});
