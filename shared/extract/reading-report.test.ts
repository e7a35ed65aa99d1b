import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { readingReport } from './reading-report';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('readingReport', () => {
  const policy = read(
    '县人民政府办公室关于印发稳就业若干措施的通知',
    '县政办发〔2021〕3号',
    '一、重点任务',
    '1.推进改革。（县发展改革局、县财政局按职责分工负责，列第一位的为牵头单位，下同）',
    '2.优化服务。（各乡镇人民政府负责）',
    '3.加强宣传。2020年12月底前完成。（县委宣传部、县融媒体中心负责）',
    '4.完善机制。（由相关部门研究）',
    '县人民政府办公室',
    '2021年3月1日',
  );
  const report = readingReport(policy);

  it('lists measures with no specific department, with their generic actors', () => {
    expect(report.noDepartment.map((m) => [m.number, m.generic])).toEqual([
      [2, ['各乡镇人民政府']],
      [4, []],
    ]);
  });

  it('names the convention and the measure it applies from', () => {
    expect(report.conventions).toEqual([{ kind: 'first-leads', words: '列第一位的为牵头单位，下同', from: { number: 1, label: '1.', section: '一', title: '推进改革' }, onward: true }]);
    expect(policy.measures[2].lead).toEqual(['县委宣传部']);
  });

  it('lists deadlines before issue', () => {
    expect(report.beforeIssue.map((d) => [d.number, d.text, d.date])).toEqual([[3, '2020年12月底前', '2020-12-31']]);
  });

  it('says what metadata is missing and that it can be set', () => {
    const bare = readingReport(read('1.推进改革。（区财政局负责）'));
    expect(bare.missing).toEqual(['title', 'docNumber', 'issuer', 'issuedOn']);
    expect(bare.lines[0]).toBe('文件中未找到标题、发文字号、发文机关、成文日期，已照常导入；可在政策页补填。');
  });
});

describe('readingReport: responsibility on a section heading', () => {
  it('says which section heading gave its measures their lead', () => {
    const report = readingReport(read('一、强化科技创新(区科技局牵头)', '(一)加强科创平台建设。', '(二)支持企业研发。'));
    expect(report.headingDuties).toEqual([{ section: '一', title: '强化科技创新', words: '(区科技局牵头)' }]);
    expect(report.lines).toContain('第一部分（强化科技创新）的标题写有“(区科技局牵头)”，该部分未写责任单位的措施按此读取。');
  });
});
