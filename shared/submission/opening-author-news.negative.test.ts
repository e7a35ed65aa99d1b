// Negative cases of innerSection, news-title and own-briefing (see opening-author-news.test.ts).
import { describe, expect, it } from 'vitest';
import { isInnerSection, newsTitleBody, ownBriefing } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('innerSection: negative cases', () => {
  it.each(['市统计局', '县财政局预算科', '区卫生健康局综合股', '办公室', '县政府办'])('%s is not an inner section alone', (name) => {
    expect(isInnerSection(name)).toBe(false);
  });
});

describe('news-title: negative cases', () => {
  it.each([
    ['the title speaks of the reporting body as 我局: a visit to it', '县督查局组织督查调研我局重点工作\n近日,县督查局组织人员到我局督查重点工作进展。'],
    ['the body not named again in the text', '市统计局派员参加重点工作督查\n7月下旬,督查组分别走访了5个县区。'],
    ['named again, but not at the head of a clause', '市统计局派员参加重点工作督查\n督查组听取了市统计局的情况汇报。'],
    ['no body at the head of the title', '全市开展安全生产大检查\n近日,全市开展安全生产大检查,市应急管理局积极部署。'],
    ['the title names a subject, not a body at its work', '关于召开全市统计工作会议的通知\n市统计局召开全市统计工作会议。'],
  ])('none when %s', (_what, text) => {
    expect(newsTitleBody(lines(text))).toEqual([]);
  });
});

describe('own-briefing: negative cases', () => {
  it.each([
    ['an inspection team feeding back to the body', '7月16日,党委第四巡察组向卓越工程师学院党委反馈巡察情况。'],
    ['a meeting launching an inspection, not on rectification', '11月5日下午,学校党委第三巡察组在明理楼召开巡察工作动员会。'],
    ['a briefing named later in the item, not at its head', '今年以来,学院扎实推进各项工作。7月7日,学院党委召开巡察整改情况通报会。'],
    ['a meeting on another subject', '3月5日,县财政局召开2023年预算执行分析会。'],
  ])('none for %s', (_what, text) => {
    expect(ownBriefing(lines(text))).toEqual([]);
  });
});
