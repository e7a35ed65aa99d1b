// posting-stamp: a website's posting stamp whose parts ran together when the page was copied (2021 11/22 15:11:21 read
// as 202111/2215:11:21) still dates a page that carries no other date. Negative cases in
// detect-date-posting-stamp.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { runTogetherStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('posting-stamp: the day of a run-together posting stamp', () => {
  it.each([
    ['202111/2215:11:21', '2021-11-22'],
    ['202003/0908:05', '2020-03-09'],
    ['  201912/31 23:59:59 ', '2019-12-31'],
    ['202402/2910:00:00', '2024-02-29'],
  ])('%s → %s', (line, date) => {
    expect(runTogetherStamp(line)).toBe(date);
  });

  it('dates a reposted report that has no date of its own', () => {
    const text = '202111/2215:11:21\n分享\n评论\n上海市关于贯彻落实督察反馈意见整改情况的报告\n来源:上海市人民政府 点击量:673\n市委、市政府高度重视整改工作,现将有关情况报告如下:一、加强组织领导,压实整改责任,全力推进各项整改任务落实到位。';
    expect(detectDate(paragraphs(text), '2099-01-01')).toMatchObject({ date: '2021-11-22', dateSource: 'header', paragraph: 0 });
  });

  it('gives way to the report’s own signature date', () => {
    const text = '202111/2215:11:21\n关于整改情况的报告\n市审计局:\n现将整改情况报告如下,各项整改任务已经全部完成,并建立了长效机制。\n某某区人民政府\n2021年11月15日';
    expect(detectDate(paragraphs(text), '2099-01-01')).toMatchObject({ date: '2021-11-15', dateSource: 'signature' });
  });
});
