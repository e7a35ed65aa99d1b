// Negative cases of opening-author-posting.test.ts: an office with its place is a body of its own, a year's
// account without a body's subject names none, and a source naming a body keeps it.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { onlyPostingOffice, subjectOfYear } from './opening-author';

const lines = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const detect = (text: string) => detectDepartments(lines(text), { directory: defaultDirectory(), policyDepartments: [] }).departments;

describe('the posting office: negative cases', () => {
  it.each([
    ['an office with its level', ['县政府办']],
    ['an office with its place', ['宣城市人民政府办公室']],
    ['a bureau', ['区司法局']],
    ['nothing named', []],
    ['an office beside a bureau', ['政府办', '区司法局']],
  ])('not %s', (_what, names) => {
    expect(onlyPostingOffice(names)).toBe(false);
  });
});

describe('a year’s account naming no body: negative cases', () => {
  it.each([
    ['the whole city', '2023年,全市共办理代表建议57件。'],
    ['a count, not what was handled', '2023年,市政府共有工作人员57名。'],
  ])('%s', (_what, text) => {
    expect(subjectOfYear(lines(text))).toEqual([]);
  });
});

describe('a source that names a body keeps it', () => {
  it.each([
    ['a bureau in the source line', '关于代表建议办理情况的报告\n时间:2023-11-23 来源:区司法局\n2023年,市政府共办理代表意见建议57件。', ['区司法局']],
    ['a placeless office and no subject', '关于代表建议办理情况\n时间:2023-11-23 来源:政府办\n今年办理代表意见建议57件。', ['人民政府办公室']],
  ])('%s', (_what, text, names) => {
    expect(detect(text)).toEqual(names);
  });
});
