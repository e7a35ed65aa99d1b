// year-review-words (framing-words.ts): the stock of every government's review of its year and outlook (扩大内需,
// 改革开放, 结构性) tells no policy's subject: a county-level city's plan report reviewing its year in them is placed on no
// policy of the portfolio, the national work report's division included. Adapted from the real report of
// shared/submission/__fixtures__/real (qionghai-plan-mirror). Negative cases in year-review-words.negative.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { attributeReport } from './attribution';
import { isFramingWord } from './framing-words';
import { loadPortfolio, report, type Portfolio } from '../../electron/services/__fixtures__/attribution-portfolio';

let all: Portfolio;
beforeAll(() => {
  all = loadPortfolio();
}, 120_000);

describe('year-review-words', () => {
  it.each(['扩大内需', '改革开放', '结构性'])('%s is framing', (word) => expect(isFramingWord(word)).toBe(true));

  it('a city’s plan report reviewing its year in the stock words is placed nowhere', () => {
    const text = [
      '关于琼海市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告',
      '——2024年2月2日在琼海市第十六届人民代表大会第四次会议上',
      '琼海市发展和改革委员会',
      '2023年是全面贯彻党的二十大精神的开局之年,是三年新冠疫情防控转段后经济恢复发展的一年。国内周期性和结构性矛盾叠加。全市上下全面深化改革开放,加大宏观调控力度,着力扩大内需、优化结构、提振信心、防范化解风险,推动全市经济回升向好,民生保障有力有效。',
    ].join('\n');
    expect(attributeReport(report(text), all.policies)).toEqual([]);
  });
});
