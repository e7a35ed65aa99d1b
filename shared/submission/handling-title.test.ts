// handling-title: a title with no 关于 opening on the body that handled what it counts (国管局办理2021年全国“两会”人大代表
// 建议和政协委员提案的情况): that body reports (detect-departments.ts, LEADING_NAME_RE). Lines adapted from the real
// report of __fixtures__/real (guoguan-proposals).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const found = (text: string) => detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments;

describe('handling-title', () => {
  it.each([
    [
      'a national administration by its short name, 办理',
      '国管局办理2021年全国“两会”人大代表建议和政协委员提案的情况\n2021年,我局共牵头承办人大代表建议和政协委员提案2件,已全部按时办结。',
      '国管局',
    ],
    ['a county bureau, 承办', '县民政局承办县人大代表建议工作情况汇报\n今年,我局共承办县人大代表建议12件。', '县民政局'],
    ['a city government', '市人民政府办理市政协十届二次会议提案情况的报告\n市政协十届二次会议以来,交由市政府办理的提案共92件。', '市人民政府'],
  ])('%s', (_what, text, name) => expect(found(text)).toEqual([name]));
});
