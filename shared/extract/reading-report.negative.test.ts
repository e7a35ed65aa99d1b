import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { readingReport } from './reading-report';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('readingReport: negative cases', () => {
  it('is empty for a policy read in full', () => {
    const report = readingReport(
      read('市中政办发〔2021〕5号', '市中区人民政府办公室关于印发实施方案的通知', '1.推进改革。2021年6月底前完成。（区财政局牵头，区税务局配合）', '区人民政府办公室', '2021年3月1日'),
    );
    expect(report).toEqual({ noDepartment: [], unparsed: [], conventions: [], headingDuties: [], beforeIssue: [], missing: [], lines: [] });
  });

  it('does not report a bracket that assigns nothing as unparsed', () => {
    const report = readingReport(read('1.建设算力中心（包括通算中心、智算中心）。（区发改局负责）'));
    expect(report.unparsed).toEqual([]);
  });
});
