// year-count-subject: a year's account opening on the body run onto the year with no comma, then the count of what it
// handled (2025年内黄县教育局共收到县人大代表建议30件), has the body as its subject (opening-author.ts, subjectOfYear). Lines
// adapted from the real report of __fixtures__/real (neihuang-education-proposals).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { subjectOfYear } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('year-count-subject', () => {
  it.each([
    ['2025年内黄县教育局共收到县人大代表建议30件、县政协委员提案17件。', '内黄县教育局'],
    ['2023年度县自然资源局共办理人大代表建议12件。', '县自然资源局'],
    ['2022年,市政府共办理市人大代表意见建议57件。', '市政府'],
  ])('reads %s', (text, name) => expect(subjectOfYear(lines(text))).toEqual([name]));

  it('reads the bureau’s account of the suggestions it handled as its own', () => {
    const text = '2025年内黄县教育局共收到县人大代表建议30件、县政协委员提案17件。\n为切实做好人大代表建议和政协委员提案办理工作,县教育局专门成立了办理工作领导小组。办理过程中,我局积极与代表、委员沟通交流。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['内黄县教育局']);
  });
});
