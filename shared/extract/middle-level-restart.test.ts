import { describe, expect, it } from 'vitest';
import { measureCitation } from './measure-citation';
import { extractPolicy } from './policy';
import { threeLevels } from './__fixtures__/three-levels';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures;

// middle-level-restart: the standard 公文 hierarchy 一、 → （一） → 1., the duties on the 1. items and 1. starting again
// under each （一）: the label names the middle heading, so every measure has a label, and a citation, of its own.

// the same without the 一、 level: the （一） items are the sections
const twoLevels = [
  '关于进一步优化营商环境的实施方案',
  '（一）深化商事制度改革。',
  '1.压缩开办时间。压缩企业开办时间至1个工作日以内。（区市场监管局牵头）',
  '2.推行证照分离。推行证照分离改革全覆盖。（区行政审批服务局牵头）',
  '（二）提升政务服务效能。',
  '1.推行全程网办。推进政务服务事项全程网办。（区政务服务中心牵头）',
];

// a section in which the numbering runs on under its middle headings, beside one in which it starts again
const mixed = [
  '某县数字政府建设实施方案',
  '一、夯实基础',
  '（一）建设政务云。',
  '1.建设统一政务云平台。（县数据资源局牵头）',
  '2.推进数据共享。（县数据资源局牵头）',
  '（二）提升应用。',
  '1.推广掌上办。（县政务服务中心牵头）',
  '二、强化保障',
  '（一）完善制度。',
  '1.完善考核办法。（县委督查室牵头）',
  '（二）加强培训。',
  '2.开展业务培训。（县人力资源社会保障局牵头）',
];

describe('middle-level-restart: labels name the middle heading where the numbering starts again under each', () => {
  it.each([
    ['一、 → （一） → 1.', threeLevels, ['一、（一）1.', '一、（一）2.', '一、（二）1.', '一、（二）2.', '二、（一）1.']],
    ['（一） → 1., no 一、 level', twoLevels, ['（一）1.', '（一）2.', '（二）1.']],
    ['one section restarting, the other running on', mixed, ['一、（一）1.', '一、（一）2.', '一、（二）1.', '二、（一）1.', '二、（二）2.']],
  ])('%s', (_, text, labels) => {
    const measures = read(text);
    expect(measures.map((m) => m.label)).toEqual(labels);
    expect(new Set(measures.map((m) => m.label)).size).toBe(measures.length);
  });

  it('keeps the measure numbered in reading order, its section and its duty', () => {
    const measures = read(threeLevels);
    expect(measures.map((m) => [m.number, m.section, m.lead.join()])).toEqual([
      [1, '一', '区市场监管局'],
      [2, '一', '区行政审批服务局'],
      [3, '一', '区政务服务中心'],
      [4, '一', '区发展改革局'],
      [5, '二', '区市场监管局'],
    ]);
  });

  it('cites each measure by its section, middle heading and number, no two alike', () => {
    expect(read(threeLevels).map((m) => measureCitation(m))).toEqual([
      '第一部分第一项第1条',
      '第一部分第一项第2条',
      '第一部分第二项第1条',
      '第一部分第二项第2条',
      '第二部分第一项第1条',
    ]);
    expect(read(twoLevels).map((m) => measureCitation(m, '项'))).toEqual(['第一项第1条', '第一项第2条', '第二项第1条']);
  });
});
