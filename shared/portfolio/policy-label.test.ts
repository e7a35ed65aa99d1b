import { describe, expect, it } from 'vitest';
import { policyLabel } from './policy-label';

describe('policyLabel', () => {
  it.each([
    [{ docNumber: '市中政办发〔2021〕14号', title: '关于印发某某方案的通知' }, '市中政办发〔2021〕14号'],
    [{ docNumber: null, title: '关于印发《优化营商环境实施方案》的通知' }, '优化营商环境实施方案'],
    [{ docNumber: null, title: '关于加快发展数字经济的实施意见' }, '加快发展数字经济的实施意见'],
    [{ docNumber: null, title: '关于进一步加强和改进全区知识产权保护与运用工作推进高质量发展的实施意见' }, '进一步加强和改进全区知识产权保护与运用工作推进…'],
    [{ docNumber: null, title: '' }, '未命名政策'],
    // the same frame a report's citation of the title drops: the issuer, 转发, the inner book-title marks, 的通知
    [{ docNumber: null, title: '关于印发〈河东县优化营商环境方案〉的通知' }, '河东县优化营商环境方案'],
    [{ docNumber: null, title: '某市人民政府办公室关于转发《防汛工作办法》的通知' }, '防汛工作办法'],
    [{ docNumber: null, title: '关于做好2022年防汛工作的通知' }, '做好2022年防汛工作'],
  ])('%o → %s', (p, label) => {
    expect(policyLabel(p)).toBe(label);
  });

  it('gives a title whole when asked for no limit (a printed table, whose cells wrap)', () => {
    const p = { docNumber: null, title: '关于进一步加强和改进全区知识产权保护与运用工作推进高质量发展的实施意见' };
    expect(policyLabel(p, Infinity)).toBe('进一步加强和改进全区知识产权保护与运用工作推进高质量发展的实施意见');
    expect(policyLabel({ ...p, docNumber: '某政发〔2022〕3号' }, Infinity)).toBe('某政发〔2022〕3号');
  });
});
