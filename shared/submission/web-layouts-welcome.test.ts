// site-welcome: the site's greeting at the top of its pages (欢迎来到…博览会, 欢迎访问…网站) is the website's line, not the
// report's, even when its garbled end holds a full stop: the publication line under it is still read above the body. Lines
// adapted from the real report of __fixtures__/real (hubei-health-inspection). Negative cases in web-layouts-welcome.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { isSiteChrome } from './report-metadata';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));

describe('site-welcome', () => {
  it.each([
    ['a trade fair’s greeting, garbled', '欢迎来到国际医疗器械(山东)博览会?。ㄉ綎|新丞华展览有限公司)'],
    ['a government site’s greeting', '欢迎访问云溪县人民政府门户网站'],
    ['a greeting to the visitor', '欢迎光临本站!'],
  ])('%s is the site’s line', (_what, text) => expect(isSiteChrome(text)).toBe(true));

  it('the publication line under a garbled greeting dates the page', () => {
    const lines = [
      '欢迎来到国际医疗器械(山东)博览会?。ㄉ綎|新丞华展览有限公司)',
      '首页 > 媒体中心 > 行业新闻 > 湖北省卫健委通报巡视整改进展',
      '湖北省卫健委通报巡视整改进展',
      '发布时间:2023-06-24',
      '根据省委巡视工作统一部署,省委第五巡视组对省卫生健康委党组开展了专项巡视。现将集中整改进展情况予以公布。',
    ];
    const d = detectDate(paragraphs(lines), '2099-01-01');
    expect([d.date, d.dateSource]).toEqual(['2023-06-24', 'header']);
  });
});
