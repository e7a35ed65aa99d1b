import { describe, expect, it } from 'vitest';
import { readLabel } from './policy-numbering';

// article-title-bracket: an article's title in brackets after its number is its title, not a responsibility bracket.
describe('article-title-bracket: 第六条（规划条件征询及确定） is titled', () => {
  it.each([
    ['第六条（规划条件征询及确定）', '规划条件征询及确定'],
    ['第十六条(实施日期)', '实施日期'],
    // spaces inside the bracket are no part of the title (「第十七条 ( 养护定额和标准)」, 月浦镇, 2019)
    ['第十七条 ( 养护定额和标准)', '养护定额和标准'],
  ])('%s', (line, rest) => {
    expect(readLabel(line)?.rest).toBe(rest);
  });
});
