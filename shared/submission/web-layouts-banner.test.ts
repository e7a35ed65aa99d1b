// Rules for pages copied from a website's banner down, and for two closing layouts (lines adapted from the real
// reports of __fixtures__/real): site-masthead (a name above the site's sections is the website's), the site's links
// and the bars between them one a line (chrome, not counted among the lines read above the body), forwarding-title
// (the issuer of a forwarded document is not the author), mistyped-month (2018年10日11日), and an announcement's
// issuer alone above the bracketed day it was announced (announcement-byline, announcement-date).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDate } from './detect-date';
import { detectDepartments, forwardingIssuer } from './detect-departments';
import { dateOnlyLine, linesAboveBody, nonEmptyLines, withMistypedMonth, withoutAnnouncementVerb } from './report-layout';
import { isSiteChrome, isSiteSection } from './report-metadata';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));
const departmentsOf = (lines: string[]) => detectDepartments(paragraphs(lines), { directory: defaultDirectory(), policyDepartments: [] }).departments;
const dateOf = (lines: string[]) => {
  const d = detectDate(paragraphs(lines), '2099-01-01');
  return d.dateSource === 'import' ? null : `${d.date} ${d.dateSource}`;
};

const BODY = ['2022年，镇政府全面加强政府信息公开工作管理，严格按照《条例》要求推进各项工作。', '一、总体情况', '（一）强化组织领导，健全工作机制。'];
const BANNER = ['|', '手机版', '|', '无障碍', '|', '关怀版', '正宁县人民政府', '政府信息公开', '全文检索'];
const BOX = ['索引号: 3070211020000013000000/2023013100000002 发布机构:', '生效日期: 2023-01-31 废止日期:', '文 号: 所属主题: 正宁县乡镇'];
const TOWN_PAGE = [...BANNER, ...BOX, '正宁县湫头镇人民政府2022年政府信息公开工作年度报告', '来源:正宁县湫头镇人民政府 发布时间:2023-01-31 浏览次数: 【字体:', ...BODY];

describe('site-masthead and the site’s links', () => {
  it('the site’s name above its sections is not the author; the title is read', () => {
    expect(departmentsOf(TOWN_PAGE)).toEqual(['正宁县湫头镇人民政府']);
  });

  it('the publication line under the links and the banner dates the page', () => {
    expect(dateOf(TOWN_PAGE)).toBe('2023-01-31 header');
  });

  it.each(['政府信息公开', '全文检索', '站内搜索', '政务公开'])('%s is one of the site’s sections', (line) => {
    expect(isSiteSection(line)).toBe(true);
    expect(isSiteChrome(line)).toBe(true);
  });

  it.each(['|', '｜', '关怀版', '长辈版', '无障碍'])('%s is chrome', (line) => expect(isSiteChrome(line)).toBe(true));

  it('the links do not count among the lines read above the body', () => {
    const lines = nonEmptyLines(paragraphs(TOWN_PAGE));
    expect(linesAboveBody(lines, 12).map((l) => l.text)).toContain('来源:正宁县湫头镇人民政府 发布时间:2023-01-31 浏览次数: 【字体:');
  });
});

describe('forwarding-title: the issuer of a forwarded document is not the author', () => {
  it.each<[string, string[], string[]]>([
    ['the website’s body above the title, the signature under the text', ['湛江市农业农村局', '转发省农业厅关于开展耕地轮作休耕制度专题调研的通知', '湛农通〔2018〕461号', '各县(市、区)农业局:', '现将省农业厅《关于开展耕地轮作休耕制度专题调研的通知》转发给你们，请认真填写调查表。', '湛江市农业局', '2018年10月11日'], ['湛江市农业农村局', '湛江市农业局']],
    ['the forwarding body before 转发', ['市政府办公室转发市发改委关于做好2023年价格工作意见的通知', '各区政府，市政府各部门：', '现将市发改委《关于做好2023年价格工作的意见》转发给你们，请认真贯彻执行。'], ['市人民政府办公室']],
  ])('%s', (_what, lines, expected) => {
    expect(departmentsOf(lines)).toEqual(expected);
  });

  it.each([
    ['转发省农业厅', ''],
    ['市政府办公室转发市发改委', '市政府办公室'],
    ['区人民政府批转区发改委', '区人民政府'],
  ])('%s → %s', (before, issuer) => expect(forwardingIssuer(before)).toBe(issuer));
});

describe('mistyped-month: a date whose 月 was typed as 日', () => {
  it.each([
    ['2018年10日11日', '2018年10月11日'],
    ['2018年1日5日', '2018年1月5日'],
    ['2018 年 10 日 11 日', '2018年10月11日'],
  ])('%s → %s', (written, read) => expect(withMistypedMonth(written)).toBe(read));

  it('dates the signature', () => {
    expect(dateOf(['关于开展专题调研的通知', '现将有关事项通知如下，请于2018年10月14日前报送。', '湛江市农业局', '2018年10日11日', '(联系人:李霖,电话:3220060)'])).toBe('2018-10-11 signature');
  });
});

describe('announcement-byline and announcement-date: the issuer above the bracketed day of the announcement', () => {
  const ANNOUNCEMENT = [
    '龙游县水务集团有限公司运营情况专项审计调查结果公告',
    '发布时间: 2024- 04- 12 16: 20 浏览次数:',
    '龙审结果公告〔2024〕6号',
    '龙 游 县 审 计 局 办 公 室',
    '(2024年4月12日公告)',
    '根据《中华人民共和国审计法》第二十九条的规定,龙游县审计局派出审计组,对龙游县水务集团有限公司运营情况进行了专项审计调查。现将审计结果公告如下:',
    '一、基本情况',
  ];

  it('the issuer, letter-spaced, and not the enterprise the title opens on', () => {
    expect(departmentsOf(ANNOUNCEMENT)).toEqual(['龙游县审计局办公室']);
  });

  it('the day of the announcement dates it', () => {
    expect(dateOf(ANNOUNCEMENT)).toBe('2024-04-12 header');
  });

  it.each([
    ['(2024年4月12日公告)', '(2024年4月12日)'],
    ['（2023年5月6日发布）', '（2023年5月6日）'],
    ['（2023年5月6日 公告）', '（2023年5月6日）'],
  ])('%s → %s', (written, read) => expect(withoutAnnouncementVerb(written)).toBe(read));

  it('a bracketed announcement date is a date line', () => {
    expect(dateOnlyLine('(2024年4月12日公告)')?.date).toBe('2024-04-12');
  });
});
