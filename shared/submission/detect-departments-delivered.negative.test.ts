// Negative cases of detect-departments-delivered.test.ts: an office of a government is no government, and an
// official's body still reports when the title names no government.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { titleNamesGovernment } from './report-metadata';

const detect = (text: string) => detectDepartments(text.split('\n').map((t, index) => ({ index, text: t })), { directory: defaultDirectory(), policyDepartments: [] }).departments;

describe('a title naming a government: negative cases', () => {
  it.each([
    ['a government’s office', ['郎溪县人民政府办公室']],
    ['a bureau', ['宁波市审计局']],
    ['no name', []],
    ['the bare word', ['政府']],
  ])('not %s', (_what, names) => {
    expect(titleNamesGovernment(names)).toBe(false);
  });
});

describe('the official’s body still reports', () => {
  it.each([
    [
      'a title with no body',
      '关于2020年度县级预算执行和其他财政收支的审计工作报告\n——2021年9月2日在乳源瑶族自治县第十二届人民代表大会常务委员会第三十九次会议上\n乳源瑶族自治县审计局局长 温存\n主任、各位副主任、各位委员：\n我受县人民政府委托，报告审计情况。',
      ['乳源瑶族自治县审计局'],
    ],
    [
      'a title opening with the bureau',
      '宁波市审计局关于2021年度市级预算执行审计查出问题整改情况的报告\n——2022年12月28日在市十六届人大常委会第七次会议上\n宁波市审计局局长 张三\n主任、各位副主任、各位委员：\n现将整改情况报告如下。',
      ['宁波市审计局'],
    ],
  ])('%s', (_what, text, names) => {
    expect(detect(text)).toEqual(names);
  });
});
