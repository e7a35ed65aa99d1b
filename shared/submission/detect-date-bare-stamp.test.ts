// bare-stamp: a website's posting stamp alone on its line under the title, the day with its clock time and no label
// (李家镇人大召开政府半年工作通报会 / 2014-08-01 13:52), dates the page (report-metadata.ts, bareStamp; detect-date.ts).
// Lines adapted from the real report of __fixtures__/real (lijia-town-halfyear).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { bareStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('bare-stamp', () => {
  it.each([
    ['2014-08-01 13:52', '2014-08-01'],
    ['2023/5/4 09:12:30', '2023-05-04'],
    ['  2020-12-24 09:12  ', '2020-12-24'],
  ])('reads %s', (text, date) => expect(bareStamp(text)).toBe(date));

  it('dates a news item by the stamp under its title', () => {
    const text = ['您当前的位置: 建德新闻网 > 乡镇风采 > 李家镇', '李家镇人大召开政府半年工作通报会', '2014-08-01 13:52', '7月29日上午,李家镇人大组织人大代表和主席团成员召开了政府半年工作通报会。'].join('\n');
    const found = detectDate(paragraphs(text), '2099-01-01');
    expect(found.date).toBe('2014-08-01');
    expect(found.dateSource).toBe('header');
  });
});
