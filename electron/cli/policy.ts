// --policy: which policy of the workspace a command's output is about, named by its document number (any of the
// bracket forms people type: 〔2021〕, [2021], （2021）), its id in the workspace, or 'all' for every policy.
import type { PolicyRef } from '../../shared/portfolio/types';
import { findDocNumber } from '../../shared/extract/metadata';
import { CliError } from './args';

/** The workspace's policies as a list under a refusal: id, document number, title. */
export function policyList(policies: readonly PolicyRef[]): string {
  return policies.map((p) => `  ${p.id}  ${p.docNumber ?? '（无文号）'}  ${p.title || p.label}`).join('\n');
}

/** The policy `value` names, or 'all'. Refuses, naming the value and listing the policies, when none matches. */
export function pickPolicy(value: string, policies: readonly PolicyRef[]): number | 'all' {
  const wanted = value.trim();
  if (wanted.toLowerCase() === 'all') return 'all';
  const byId = /^\d+$/.test(wanted) ? policies.find((p) => p.id === Number(wanted)) : undefined;
  const number = findDocNumber(wanted);
  const byNumber = policies.find((p) => p.docNumber !== null && (p.docNumber === wanted || (number !== null && findDocNumber(p.docNumber) === number)));
  const found = byId ?? byNumber ?? policies.find((p) => p.label === wanted || p.title === wanted);
  if (found) return found.id;
  const list = policies.length ? `工作区中的政策：\n${policyList(policies)}` : '工作区中还没有政策文件。';
  throw new CliError(`工作区中没有与 --policy「${value}」对应的政策（可填文号或编号，或 all 表示全部政策）。\n${list}`);
}
