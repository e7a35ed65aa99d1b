// company-head: on a visit, a company's head by its post (总经理, 常务副总经理, 董事长) reporting on the findings, what was
// done and the next plan (川投汇鑫公司常务副总经理李超就…及下一步工作计划做了详细汇报) gives the company's account
// (news-accounts.ts, reportingHead). Lines adapted from the real report of __fixtures__/real (huixin-company-audit-visit).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { reportingHead } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('company-head', () => {
  it.each([
    [
      'an executive deputy general manager on the next plan',
      '川投汇鑫公司常务副总经理李超就2022年专项审计指出的相关问题背景原因、近年整改行动、主要存在困难、潜在风险及下一步工作计划做了详细汇报。',
      '川投汇鑫公司',
    ],
    ['a general manager on the rectification', '会上,城建公司总经理王明就审计整改工作进展做了汇报。', '城建公司'],
    ['a chairman on the year’s work', '交投集团董事长张强对今年以来整改情况作了全面汇报。', '交投集团'],
  ])('%s', (_what, text, name) => expect(reportingHead(lines(text))).toEqual([name]));

  it('reads the visit as the company’s account, not the visiting audit department’s', () => {
    const text = [
      '8月15日,川投集团审计部部长汪孝竹一行赴川投汇鑫公司就审计整改工作开展调研督导。川投大健康产业集团副总经理龚坚陪同调研。',
      '川投汇鑫公司常务副总经理李超就2022年专项审计指出的相关问题背景原因、近年整改行动、主要存在困难、潜在风险及下一步工作计划做了详细汇报。',
      '会上,汪孝竹对川投汇鑫公司审计整改工作表示肯定。',
    ].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['川投汇鑫公司']);
  });
});
