// Negative cases of handling-title (see handling-title.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const found = (text: string) => detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments;

describe('handling-title: negative cases', () => {
  it.each([
    ['a year and what was handled before 办理', '2019年人大代表建议和政协委员提案办理情况\n2019年,交由我局办理的人大代表建议和政协委员提案共计57件。'],
    ['the work alone before 办理', '建议提案办理工作情况汇报\n今年我局承办的建议、提案共15件,全部按时办复。'],
    ['what was handled before 承办', '人大代表建议承办情况\n今年我局承办的建议共9件。'],
  ])('none for %s', (_what, text) => expect(found(text)).toEqual([]));
});
