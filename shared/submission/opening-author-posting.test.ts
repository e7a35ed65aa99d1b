// A source line naming only the website's posting office (来源：政府办) gives way to the body the year's account opens
// on (2023年,市政府共办理…); negative cases in opening-author-posting.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { onlyPostingOffice, subjectOfYear } from './opening-author';

const lines = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const detect = (text: string) => detectDepartments(lines(text), { directory: defaultDirectory(), policyDepartments: [] }).departments;

describe('the website’s posting office', () => {
  it.each([[['政府办']], [['党政办']], [['办公室']], [['人民政府办公室']], [['政府办', '办公室']]])('%j', (names) => {
    expect(onlyPostingOffice(names)).toBe(true);
  });
});

describe('the subject of what a year handled', () => {
  it.each([
    ['2023年,市政府共办理市八届人大三次会议代表意见建议57件,其中…', ['市政府']],
    ['2022年，县人民政府共承办代表建议93件。', ['县人民政府']],
  ])('%s', (text, names) => {
    expect(subjectOfYear(lines(text))).toEqual(names);
  });
});

describe('the year’s subject before the posting office', () => {
  it('reads the government, not the office that posted the page', () => {
    const text = '关于市八届人大三次会议代表建议批评和意见的办理情况\n时间:2023-11-23 来源:政府办\n2023年,市政府共办理市八届人大三次会议代表意见建议57件,其中:城建、交通、公路方面18件。已经解决或基本解决的43件。';
    expect(detect(text)).toEqual(['市政府']);
  });
});
