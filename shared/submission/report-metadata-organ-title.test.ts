// organ-title: a title opening on a Party committee's organ by its short name (市委第二巡察组巡察市中心医院党委情况反馈会议
// 召开, 县委督查室…) opens on a body, not on a place: no place's government is read from it (report-metadata.ts,
// NOT_A_PLACE_RE). Lines adapted from the real report of __fixtures__/real (linfen-hospital-feedback).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { placeGovernmentOfTitle } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('organ-title', () => {
  it.each([
    ['an inspection team', '市委第二巡察组巡察市中心医院党委情况反馈会议召开'],
    ['a county Party committee’s 督查室', '县委督查室关于2023年重点工作推进情况的通报'],
    ['a province Party committee’s inspection team', '省委第三巡视组巡视省交通运输厅党组情况反馈会召开'],
    ['a district Party committee’s office', '区委办公室2022年工作总结'],
  ])('no place heads the title of %s', (_what, title) => expect(placeGovernmentOfTitle(title)).toBeNull());

  it('reads the hospital’s feedback item as its Party committee’s, not a city government’s', () => {
    const text = [
      '市委第二巡察组巡察市中心医院党委情况反馈会议召开',
      '发布时间:2024-04-09 阅读次数:1189 作者:未知',
      '根据市委巡察工作统一部署,市委第二巡察组于2023年9月27日至2023年12月29日对市中心医院党委开展了专项巡察。2024年4月8日下午,市委第二巡察组巡察市中心医院党委情况反馈会议召开。市中心医院党委书记、院长郭淑明主持会议并作表态发言。',
    ].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['市中心医院党委']);
  });
});
