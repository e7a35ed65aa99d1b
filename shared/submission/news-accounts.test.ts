// own-campaign and reporting-head: news items giving a body's own account (see news-accounts.ts).
// Negative cases in news-accounts.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { ownCampaign, reportingHead } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const read = (text: string) => detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments;

describe('own-campaign: the body a news item opens on organising its own clean-up', () => {
  it.each([
    ['为提升辖区环境面貌,11月5日上午,东园社区居委会组织志愿者联合物业公司对小区乱堆乱放等问题开展专项整治行动。', '东园社区居委会'],
    ['近日,河西区城管局联合街道开展占道经营清理整治行动。', '河西区城管局'],
    ['6月3日,县市场监管局开展食品安全专项检查活动,共检查商户30家。', '县市场监管局'],
  ])('%s → %s', (text, name) => {
    expect(ownCampaign(lines(text))).toEqual([name]);
  });

  it('reads past a title and a phone-blog site’s lines to the first sentence', () => {
    const text = ['落实文明建设,提升群众满意度', '用户甲', '创建于11-05', '阅读 656', '11月5日上午,东园社区居委会组织党员志愿者开展环境清理专项整治行动。下一步东园社区将继续加强宣传。'].join('\n');
    expect(read(text)).toEqual(['东园社区居委会']);
  });
});

describe('reporting-head: the body whose head reports on its work', () => {
  it.each([
    ['近日,县人大常委会主任带队到城关街道东园社区视察,东园社区党委书记张某对环境整治工作开展情况做了详细汇报。', '东园社区党委'],
    ['调研组一行到县第一中学调研,县第一中学校长李某就课后服务工作进展作了汇报。', '县第一中学'],
  ])('%s → %s', (text, name) => {
    expect(reportingHead(lines(text))).toEqual([name]);
  });

  it('reads a traditional copy’s names in simplified characters (鳳 as 凤)', () => {
    const text = ['記者甲', '近日,縣人大常委會主任帶隊到鳳凰社區視察,鳳凰社區黨委書記劉某對環境整治工作開展情況做了詳細匯報。', '今年以來,鳳凰社區居委會在老舊小區改造工作中沖在前。'].join('\n');
    expect(read(text)).toEqual(['凤凰社区党委']);
  });
});
