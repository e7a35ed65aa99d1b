import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../extract/policy';
import { threeLevels } from '../extract/__fixtures__/three-levels';
import { bigramTokens } from './__fixtures__/bigrams';
import { forLinking } from './__fixtures__/seed-policy';
import { linkMeasures } from './link-measures';

// A policy numbered 一、 → （一） → 1., 1. starting again under each （一） (middle-level-restart), read by the real
// extractor, and a department's report citing its measures the ways offices do.
const policyText = threeLevels;
const extract = extractPolicy({ paragraphs: policyText.map((text, index) => ({ index, text })) });
const linking = forLinking(extract);

function referenced(text: string): number[] {
  const paragraphs = text.split('\n').map((t, index) => ({ index, text: t }));
  const links = linkMeasures(paragraphs, paragraphs.map((p) => bigramTokens(p.text)), linking);
  return [...new Set(links.filter((l) => l.how === 'reference').map((l) => l.measure))].sort((a, b) => a - b);
}

describe('a report citing measures under a middle heading links each to its one measure', () => {
  it.each([
    ['关于第一部分第（二）项第1条的落实情况：我中心已上线网办系统。', [3]],
    ['对照方案一（二）2，已建立诉求响应机制。', [4]],
    ['第二部分第一项第1条：信用分级分类监管制度已印发。', [5]],
    ['我局牵头第一部分第一项第1条，企业开办已压缩至1个工作日。', [1]],
  ])('%s', (text, expected) => expect(referenced(`区落实情况报告\n${text}`)).toEqual(expected));

  it('links no one measure where the report names the section without the middle heading', () => {
    // 一、（一）1. and 一、（二）1. both answer to 第一部分第1条
    expect(referenced('区落实情况报告\n第一部分第1条已完成。')).toEqual([]);
  });
});
