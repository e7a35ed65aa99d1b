import { describe, expect, it } from 'vitest';
import { reportName } from './report-name';

describe('reportName', () => {
  it.each([
    // a file named by the report's title: the title in book-title marks, without the extension
    ['区财政局关于落实优化营商环境实施意见情况的报告.docx', '《区财政局关于落实优化营商环境实施意见情况的报告》'],
    ['C:\\报告\\区民政局关于2021年民生实事落实情况.pdf', '《区民政局关于2021年民生实事落实情况》'],
    // a note after the title stays outside the marks
    ['关于营商环境工作落实情况的报告（民政）.txt', '《关于营商环境工作落实情况的报告》（民政）'],
    // a file name that is no title: the name without its extension, no marks
    ['住建局报告.docx', '住建局报告'],
    ['scan_0012.PDF', 'scan_0012'],
  ])('%s → %s', (file, expected) => expect(reportName(file)).toBe(expected));

  it('shows a direction control in the name as a visible code', () => {
    expect(reportName('报告\u202Efdp.txt')).toBe('报告‹U+202E›fdp');
  });
});
