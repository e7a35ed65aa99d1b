// Negative cases of run-in-label (see run-in-labels.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { withRunInLabel } from './run-in-labels';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('run-in-label: negative cases', () => {
  it.each([
    ['a title opening on the words of a label', '发布机构改革方案的通知'],
    ['a date label before words that are no date', '发文日期以印发为准'],
    ['a date with more after it', '发文日期2017年11月01日起施行'],
    ['a label that is not of who issued or when', '施行日期2017年11月01日'],
    ['a label that already has its colon', '发文机关：河西区财政局'],
    ['a label alone', '发文机关'],
  ])('leaves %s as written', (_what, line) => {
    expect(withRunInLabel(line)).toBe(line);
  });

  it('a sentence opening on 发布机构 names no publisher', () => {
    const text = ['发布机构改革后各部门职责的说明', '区编办:', '现将有关情况说明如下。'].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).not.toContain('改革后各部门职责的说明');
  });
});
