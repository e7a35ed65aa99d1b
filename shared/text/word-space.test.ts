import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { defaultDirectory } from '../extract/departments';
import { detectDate } from '../submission/detect-date';
import { detectDepartments } from '../submission/detect-departments';
import { compactCjkSpacing, repairParagraphs } from './repair';
import { isWordSpace } from './word-space';

// word-space: a lone space the writer typed between two words of Chinese (two characters or more on each side) is
// kept; it is what tells two bodies, or a field's value and the next label, apart.

const read = (text: string) => repairParagraphs(textBlocks(text));

describe('word-space: a typed space between two words of Chinese stays', () => {
  it.each([
    ['河南省教育厅 河南省财政厅关于重新报送数据的通知', '河南省教育厅 河南省财政厅关于重新报送数据的通知'],
    ['来源:龙华区审计局 日期:2019年01月16日', '来源:龙华区审计局 日期:2019年01月16日'],
    ['来源:清河区人民政府办公室 时间:2023-12-27', '来源:清河区人民政府办公室 时间:2023-12-27'],
    ['在颛桥镇第六届人民代表大会 第二次会议上 镇长 李小山', '在颛桥镇第六届人民代表大会 第二次会议上 镇长 李小山'],
    // a full-width space typed between the names is one space
    ['海南省财政厅\u3000海南省教育厅', '海南省财政厅 海南省教育厅'],
    // digits and letters beside Chinese still close up around the kept space
    ['来源:龙华区审计局 日期:2019 年 01 月 16 日', '来源:龙华区审计局 日期:2019年01月16日'],
  ])('%j → %j', (input, expected) => expect(compactCjkSpacing(input, true)).toBe(expected));

  it('finds the space by the runs on its two sides', () => {
    expect(isWordSpace('教育厅 财政厅', 3)).toBe(true);
    expect(isWordSpace('镇长 李小山', 2)).toBe(true);
  });

  it('keeps two bodies a text file names side by side apart, so both are read as reporting', () => {
    const paragraphs = read('河南省教育厅 河南省财政厅\n关于2017年度教育经费统计工作情况的报告\n现将有关情况报告如下。');
    expect(paragraphs[0].text).toBe('河南省教育厅 河南省财政厅');
    const found = detectDepartments(paragraphs, { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.departments).toEqual(expect.arrayContaining(['河南省教育厅', '河南省财政厅']));
  });

  it('keeps a date label off the name of the source before it, so the date is read', () => {
    const paragraphs = read('龙华区审计局2018年工作总结\n来源:龙华区审计局 日期:2019年01月16日\n2018年，我局围绕中心工作，依法履行审计监督职责。');
    expect(paragraphs[1].text).toBe('来源:龙华区审计局 日期:2019年01月16日');
    expect(detectDate(paragraphs, '2026-01-01').date).toBe('2019-01-16');
  });
});
