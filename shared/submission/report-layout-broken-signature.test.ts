// broken-signature: a signature name broken over two lines, the place's Party committee or government on the first and a
// body inside it with no place of its own on the next, is one name: 中共朔州市朔城区委 / 农村工作领导小组办公室. Lines
// adapted from the real report of __fixtures__/real (shuocheng-rural-office). Negative cases in
// report-layout-broken-signature.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { joinBrokenSignature } from './report-layout';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));

describe('broken-signature', () => {
  it.each([
    ['a Party committee and its office', [['中共朔州市朔城区委'], ['农村工作领导小组办公室']], [['中共朔州市朔城区委农村工作领导小组办公室']]],
    ['a government and its office', [['云溪县人民政府'], ['办公室']], [['云溪县人民政府办公室']]],
    ['a broken name under another signer', [['云溪县财政局'], ['中共云溪县委'], ['组织部']], [['云溪县财政局'], ['中共云溪县委组织部']]],
  ])('joins %s', (_what, found, expected) => expect(joinBrokenSignature(found)).toEqual(expected));

  it('the report signed so names the one body', () => {
    const lines = ['市委农村工作领导小组:', '', '根据通知要求,区委农村工作领导小组研究了推荐村名单。', '', '特此报告', '', '中共朔州市朔城区委                 ', '', '农村工作领导小组办公室               ', '', '                   2023年11月20日'];
    expect(detectDepartments(paragraphs(lines), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['中共朔州市朔城区委农村工作领导小组办公室']);
  });
});
