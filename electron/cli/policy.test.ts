import { describe, expect, it } from 'vitest';
import type { PolicyRef } from '../../shared/portfolio/types';
import { CliError } from './args';
import { pickPolicy } from './policy';

const ref = (id: number, docNumber: string | null, title: string, label = docNumber ?? title): PolicyRef => ({ id, docNumber, title, issuer: null, issuedOn: null, label });
const POLICIES = [
  ref(3, '市中政办发〔2021〕14号', '关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见'),
  ref(17, '云政办发〔2023〕21号', '关于印发《云溪县优化营商环境攻坚行动工作方案》的通知'),
  ref(40, null, '关于做好某项工作的通知', '做好某项工作的通知'),
];

describe('pickPolicy', () => {
  it.each([
    ['市中政办发〔2021〕14号', 3],
    ['市中政办发[2021]14号', 3],
    ['市中政办发（2021）14号', 3],
    ['市中政办发(2021)14号', 3],
    [' 云政办发〔2023〕21号 ', 17],
    ['17', 17],
    ['40', 40],
    ['做好某项工作的通知', 40],
    ['关于做好某项工作的通知', 40],
    ['all', 'all'],
    ['ALL', 'all'],
  ])('%s → %s', (value, expected) => {
    expect(pickPolicy(value, POLICIES)).toBe(expected);
  });

  it.each([
    ['市中政办发〔2021〕15号'],
    ['云政办发〔2022〕21号'],
    ['4'],
    ['〔2021〕14号'],
    ['放管服'],
  ])('refuses %s, naming it and listing the policies', (value) => {
    expect(() => pickPolicy(value, POLICIES)).toThrow(CliError);
    try {
      pickPolicy(value, POLICIES);
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain(`--policy「${value}」`);
      for (const p of POLICIES) expect(message).toContain(`  ${p.id}  ${p.docNumber ?? '（无文号）'}  ${p.title}`);
    }
  });

  it('says the workspace has no policy yet when it has none', () => {
    expect(() => pickPolicy('17', [])).toThrow('工作区中还没有政策文件。');
  });
});
