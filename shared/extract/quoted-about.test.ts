import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';
import { policyLines } from './policy-lines';

const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

// quoted-about: a 关于 only inside a quoted title opens no title line.
describe('quoted-about: the title is the line above a preamble citing a 关于… document', () => {
  it('takes the plan\'s own name, not the preamble citing 《…关于…》', () => {
    const meta = readMetadata(
      lines(
        '哈尔滨工业大学（威海）“卓越工程师培养计划”工作方案',
        '根据教育部教高[2011]1号《教育部关于实施卓越工程师教育培养计划的若干意见》文件精神，威海校区将试点启动“卓越工程师培养计划”工作。',
        '一、指导思想与基本思路',
      ),
    );
    expect(meta.title).toBe('哈尔滨工业大学（威海）“卓越工程师培养计划”工作方案');
  });
});
