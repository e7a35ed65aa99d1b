// How much text is read as a policy. A policy is read on the workspace's own thread (its measures are stored, and
// every report is read against them again), where no time budget ends a reading; a long compilation of policies runs
// to a few hundred thousand characters, so past that a file is no policy to read there: it is refused as one, with
// the reason, and an unlabelled file is taken as a report.
import type { Paragraph } from '../types';
import { displayFileName } from '../text/display-name';

/** Most characters a text read as a policy holds. */
export const MAX_POLICY_CHARS = 600_000;

export const policyTextLength = (paragraphs: readonly Pick<Paragraph, 'text'>[]): number => paragraphs.reduce((n, p) => n + p.text.length, 0);

/** Why a file of `length` characters is not read as a policy, or null when it may be. */
export function policyTooLong(fileName: string, length: number): string | null {
  if (length <= MAX_POLICY_CHARS) return null;
  const wan = (n: number) => `${Math.round(n / 10_000).toLocaleString('en-US')} 万`;
  return `无法导入「${displayFileName(fileName)}」作为政策文件：文件中的文字约 ${wan(length)}字，超过了政策文件 ${wan(MAX_POLICY_CHARS)}字的上限。如果它是多份文件的汇编，请拆分后分别导入；如果它是部门的落实报告，请作为落实报告导入。`;
}
