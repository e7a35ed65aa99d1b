// cppcc-name: the people's political consultative conference is a body whose own name holds 会议 (中国人民政治协商会议
// 全国委员会常务委员会, 中国人民政治协商会议某县委员会): that 会议 is no sentence's meeting, and the name reads as a body's
// (department-names.ts, looksLikeDepartment). Lines adapted from the real report of __fixtures__/real (cppcc-proposals-work).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { looksLikeDepartment } from './department-names';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('cppcc-name', () => {
  it.each([
    ['中国人民政治协商会议全国委员会常务委员会'],
    ['中国人民政治协商会议湖南省委员会'],
    ['中国人民政治协商会议长沙县委员会办公室'],
  ])('%s is a body', (name) => expect(looksLikeDepartment(name)).toBe(true));

  it('reads the title of the national committee’s report as its own', () => {
    const text = [
      '中国人民政治协商会议全国委员会常务委员会关于政协十三届二次会议以来提案工作情况的报告',
      '发布日期:2020-05-28 11:24:58 浏览次数:8258 来源:新华社',
      '各位委员:',
      '我代表中国人民政治协商会议第十三届全国委员会常务委员会,向大会报告政协十三届二次会议以来的提案工作情况,请予审议。',
    ].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['中国人民政治协商会议全国委员会常务委员会']);
  });
});
