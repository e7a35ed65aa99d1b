// Three wordings of a news item or a publication line around a body's own account:
//   - innerSection: a source line naming only an inner section (信息来源:综核科) names no body;
//   - news-title: the title opens on the body at its work (市统计局派员参加…) and the text names it again at the head of a
//     clause: the item is that body's account;
//   - own-briefing: the item opens on a body holding a briefing on its own rectification (…党委在…召开巡察整改情况通报会).
// Negative cases in opening-author-news.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { isInnerSection, newsTitleBody, ownBriefing } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const read = (text: string) => detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments;

describe('innerSection: an inner section of a body written alone', () => {
  it.each(['综核科', '财务股', '综合科', ' 办 公 科 '])('%s', (name) => {
    expect(isInnerSection(name)).toBe(true);
  });

  it('is no author on the source line', () => {
    expect(read('关于2023年度工作的总结\n发布日期:2024-01-05信息来源:综核科\n一年来,各项工作有序推进。')).toEqual([]);
  });
});

describe('news-title: the body a news item’s title opens on, named again in its text', () => {
  it.each([
    [
      '市统计局派员参加《政府工作报告》重点工作落实情况督查\n发布日期:2020-08-03信息来源:综核科\n根据市政府督查室《关于开展…督查的通知》要求,7月下旬,市统计局派员参加了市政府督查室对部门半年工作情况专项督查。',
      '市统计局',
    ],
    ['首页 > 工作动态\n县财政局召开2023年预算执行分析会\n3月5日,县财政局召开预算执行分析会,通报一季度收支情况。', '县财政局'],
    ['区民政局赴社区开展养老服务调研\n近日,区民政局深入辖区社区,实地了解养老服务设施运营情况。', '区民政局'],
  ])('the item opening “%s” → %s', (text, name) => {
    expect(newsTitleBody(lines(text))).toEqual([name]);
    expect(read(text)).toEqual([name]);
  });
});

describe('own-briefing: the body holding a briefing on its own rectification', () => {
  it.each([
    ['7月7日下午,机械优集学院党委在南校区机械馆报告厅召开巡察整改情况通报会,学院党委书记孙雷向全体教职工通报了巡察整改情况。', '机械优集学院党委'],
    ['3月2日,县卫生健康局召开审计整改工作推进会,部署整改任务。', '县卫生健康局'],
    ['区人民医院党委召开巡察反馈问题整改落实情况汇报会,全体中层干部参加。', '区人民医院党委'],
  ])('%s → %s', (text, name) => {
    expect(ownBriefing(lines(text))).toEqual([name]);
    expect(read(text)).toEqual([name]);
  });
});
