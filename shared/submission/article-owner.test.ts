import { describe, expect, it } from 'vitest';
import { articleOwner, policyKinds } from './article-owner';
import { articleReferences, referenceContext } from './measure-references';
import { measure, policy } from './__fixtures__/measures';

const opinion = { policyTitle: '市中区人民政府办公室关于深化“放管服”改革的实施意见', docNumber: '市中政办发〔2021〕14号' };
const plan = { policyTitle: '华容县人民政府办公室关于印发华容县优化营商环境实施方案的通知', docNumber: null };

describe('articleOwner: numbers bound to another document', () => {
  it.each([
    ['根据《中华人民共和国安全生产法》', opinion],
    ['依照《行政许可法》（2019年修正）', opinion],
    ['按照《条例》中的', opinion],
    ['按照条例', opinion],
    ['依据该办法', opinion],
    ['对照《湖南省实施〈中华人民共和国土地管理法〉办法》第三章', opinion],
    ['依照安全生产法', plan],
    ['根据市政府工作规则', opinion],
    ['按照省政府办公厅印发的工作要点', plan],
  ])('%s … 第N条 is another document’s', (head, policyId) => {
    expect(articleOwner(head, policyId)).toBe('other');
  });
});

describe('articleOwner: numbers that are ours', () => {
  it.each([
    ['我局牵头', opinion],
    ['按照《实施意见》', opinion],
    ['按照《市中区人民政府办公室关于深化“放管服”改革的实施意见》', opinion],
    ['按照市中政办发〔2021〕14号文件', opinion],
    ['落实本意见', opinion],
    ['落实意见', opinion],
    ['对照实施方案', plan],
    ['对照工作方案', plan],
    ['按照通知', plan],
    ['', opinion],
  ])('%s … 第N条 is ours', (head, policyId) => {
    expect(articleOwner(head, policyId)).toBe('ours');
  });
});

describe('policyKinds', () => {
  it.each([
    [opinion.policyTitle, ['意见']],
    [plan.policyTitle, ['方案', '通知']],
    ['某某市优化营商环境办法', ['办法']],
    ['关于推进法治政府建设的实施方案', ['方案']],
  ])('%s → %j', (title, kinds) => expect([...policyKinds(title)].sort()).toEqual([...kinds].sort()));
});

describe('a report citing another policy’s article does not link to our measure of that number', () => {
  const ctx = referenceContext(policy(Array.from({ length: 8 }, (_, k) => measure(k + 1, `措施${k + 1}`)), opinion));
  const refs = (text: string) => articleReferences(text, ctx).map((h) => h.measure);
  it.each([
    ['根据《安全生产条例》第六条，我局开展了检查。', []],
    ['按照条例第六条规定，建立台账。', []],
    ['依照《行政许可法》（2019年修正）第六条，精简材料。', []],
    ['该办法第三章第六条明确了责任。', []],
    ['按照《实施意见》第六条，我局牵头推进。', [6]],
    ['落实本意见第六条。', [6]],
    ['关于第六条的落实情况', [6]],
  ] as const)('%s', (text, expected) => expect(refs(text)).toEqual(expected));
});
