// Negative cases of salutation-date (see salutation-date.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { isSalutationWithDate } from './salutation-date';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('salutation-date: negative cases', () => {
  it.each([
    ['a byline: the name and the date with no colon', '清水县人民政府 2024年01月08日'],
    ['a salutation with no date', '区人大常委会:'],
    ['a labelled date', '发布日期:2020-01-01'],
    ['a sentence after the colon', '区人大常委会:2013年7月22日听取了区法院的报告'],
  ])('%s is no salutation with a date', (_what, line) => {
    expect(isSalutationWithDate(line)).toBe(false);
  });

  it('a byline under the title still names its author', () => {
    const text = ['清水县2023年法治政府建设年度报告', '清水县人民政府 2024年01月08日', '2023年,我县深入推进法治政府建设。'].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['清水县人民政府']);
  });
});
