// sector-meeting: a news item on a place's work meeting for one sector (2023年全省交通运输工作电视电话会议召开) gives the
// account of the sector's own department named in its text (省交通运输厅将2022年确定为…) (news-accounts.ts). Lines adapted
// from the real report of __fixtures__/real (jiangsu-transport-year).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { sectorMeeting } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

const item = [
  '当前位置:',
  '首页',
  '> 交通资讯 > 交通要闻',
  '2023年全省交通运输工作电视电话会议召开',
  '发布日期:2023-01-11 09:36 浏览次数: 字体:[ ]',
  '1月10日, 2023年全省交通运输工作电视电话会议召开,总结2022年工作,部署今年工作。厅长、厅党组书记出席会议并讲话。',
  '2022年,全省交通运输系统圆满完成了年度各项目标任务。省交通运输厅将2022年确定为“重大项目建设攻坚年”,积极扩大重大交通项目有效投资。',
].join('\n');

describe('sector-meeting', () => {
  it('names the sector’s department', () => expect(sectorMeeting(lines(item))).toEqual(['省交通运输厅']));

  it('reads the item as the department’s, dated by its publication line', () => {
    const found = detectDepartments(paragraphs(item), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['省交通运输厅']);
  });

  it('a city’s meeting and its bureau', () => {
    const text = '2024年全市民政工作会议召开\n会议总结了2023年工作。2023年,市民政局坚持以人民为中心,兜牢民生底线。';
    expect(sectorMeeting(lines(text))).toEqual(['市民政局']);
  });
});
