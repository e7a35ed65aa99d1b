import { describe, expect, it } from 'vitest';
import { MAX_POLICY_CHARS, policyTextLength, policyTooLong } from './policy-size';

describe('policy size: the most text read as a policy', () => {
  it('names the file, its length and the limit past it', () => {
    expect(policyTextLength([{ text: '一、推进' }, { text: '工作' }])).toBe(6);
    expect(policyTooLong('汇编.txt', MAX_POLICY_CHARS)).toBeNull();
    expect(policyTooLong('汇编.txt', 2_000_000)).toBe(
      '无法导入「汇编.txt」作为政策文件：文件中的文字约 200 万字，超过了政策文件 60 万字的上限。如果它是多份文件的汇编，请拆分后分别导入；如果它是部门的落实报告，请作为落实报告导入。',
    );
  });
});
