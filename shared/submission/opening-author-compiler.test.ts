// Two wordings of the genre by which a report's opening names its author (lines adapted from the real reports of
// __fixtures__/real): the clause ending on the report itself has the compiler at its head (compiler-clause: a
// university's or a college's office stands for it), and an opening that announces the report under its own title
// (published-title) names the author as that title does.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { authorOfPublishedTitle, detectDepartments } from './detect-departments';
import { authorInOpening, contactBody, publishedTitle } from './opening-author';

const lines = (...texts: string[]) => texts.map((text, index) => ({ index, text }));

describe('compiler-clause: the body at the head of the clause ending on the report', () => {
  it.each([
    ['a college, after the rules it follows', '按照《教育部办公厅关于全面推进高校信息公开做好高校信息公开年度报告工作的通知》的要求,合肥学院根据校内各单位2021-2022学年信息公开情况完成此年度报告。', '合肥学院'],
    ['a university’s office: the university', '严格执行《长江大学信息公开工作实施细则》,长江大学学校办公室结合学校2020年信息公开工作实际情况,编制发布本报告。', '长江大学'],
    ['a college’s party and government office: the college', '根据教育厅要求，某某职业技术学院党政办公室依据各部门提供的数据编制本年度报告。', '某某职业技术学院'],
    ['a bureau that gathered the figures', '按照区政府要求，区财政局汇总各科室工作情况形成本报告。', '区财政局'],
  ])('%s', (_what, text, author) => {
    expect(authorInOpening(lines(text))).toEqual([author]);
  });

  it('in a copy in traditional characters, read simplified', () => {
    const report = lines(
      '按照《教育部辦公廳關于全面推進高校信息公開做好高校信息公開年度報告工作的通知》的要求,合肥學院根據校內各單位2021-2022學年信息公開情況完成此年度報告。',
      '一、信息公開工作概述',
    );
    expect(detectDepartments(report, { directory: defaultDirectory(), policyDepartments: [] }).departments).toEqual(['合肥学院']);
  });

  it.each([
    ['长江大学学校办公室', '长江大学'],
    ['合肥学院党政办公室', '合肥学院'],
    ['某某大学校长办公室', '某某大学'],
    ['某某学院院长办公室', '某某学院'],
  ])('contactBody: %s → %s', (name, body) => expect(contactBody(name)).toBe(body));
});

describe('published-title: the title an opening announces names the author', () => {
  it.each<[string, string[], string[]]>([
    ['a town named with its county, no body', ['根据《中华人民共和国政府信息公开条例》要求,现发布《临洮县新添镇2022年政府信息公开工作年度报告》。本报告由总体情况等六部分组成。'], ['临洮县新添镇人民政府']],
    ['a bureau at the head of the title', ['现予以公布《区民政局2022年法治政府建设情况报告》。'], ['区民政局']],
    ['two bodies before 关于', ['现发布《区财政局 区税务局关于2023年减税降费落实情况的报告》。'], ['区财政局', '区税务局']],
    ['a street, its office', ['现发布《留下街道2022年度法治政府建设工作报告》,请予审阅。'], ['留下街道办事处']],
  ])('%s', (_what, texts, expected) => {
    expect(authorOfPublishedTitle(lines(...texts))).toEqual(expected);
  });

  it('is read when nothing above the body names anyone', () => {
    const report = lines('根据《中华人民共和国政府信息公开条例》要求,现发布《临洮县新添镇2022年政府信息公开工作年度报告》。本报告由总体情况等六部分组成。', '一、总体情况', '2022年,我镇强化政府信息公开工作组织领导。');
    expect(detectDepartments(report, { directory: defaultDirectory(), policyDepartments: [] }).departments).toEqual(['临洮县新添镇人民政府']);
  });

  it('gives the title as written', () => {
    expect(publishedTitle(lines('现发布《临洮县新添镇2022年政府信息公开工作年度报告》。'))).toBe('临洮县新添镇2022年政府信息公开工作年度报告');
  });
});
