import { describe, expect, it } from 'vitest';
import { measure, policy } from './__fixtures__/measures';
import { articleReferences, referenceContext } from './measure-references';

// A plan whose numbering restarts in each section: 一、1. 2. 二、1. 2. 3., read as measures 1–5.
const restarting = policy(
  [
    measure(1, '建设统一政务云平台', undefined, { label: '一、1.', section: '一' }),
    measure(2, '推进数据共享', undefined, { label: '一、2.', section: '一' }),
    measure(3, '推广掌上办', undefined, { label: '二、1.', section: '二' }),
    measure(4, '建设城市运行管理平台', undefined, { label: '二、2.', section: '二' }),
    measure(5, '完善考核办法', undefined, { label: '二、（三）', section: '二' }),
  ],
  { title: '某县数字政府建设实施方案' },
);
const ctx = referenceContext(restarting);
const refs = (text: string) => articleReferences(text, ctx).map((h) => h.measure);

describe('references to a measure with its section, where numbering restarts', () => {
  it.each([
    ['关于第二部分第1条的落实情况', [3]],
    ['我局牵头第一部分第2项。', [2]],
    ['第二部分第（三）项已完成', [5]],
    ['第二部分第三条已完成', [5]],
  ])('%s', (text, expected) => expect(refs(text)).toEqual(expected));
});

describe('references to a measure with its section: negative cases', () => {
  it.each([
    // a section the policy does not number that way, or a number it does not have there
    ['第三部分第1条', []],
    ['第一部分第5条', []],
    // another document's part and article
    ['根据《安全生产条例》第二部分第1条', []],
  ])('%s', (text, expected) => expect(refs(text)).toEqual(expected));

  it('keeps 第N条 without a section as before', () => {
    expect(refs('第2条')).toEqual([2]);
  });

  it('where numbering runs on, finds the measure of that number in that section, and no other', () => {
    const running = referenceContext(policy([measure(1, '甲', undefined, { label: '1.', section: '一' }), measure(2, '乙', undefined, { label: '2.', section: '二' })]));
    expect(articleReferences('第二部分第2条', running).map((h) => h.measure)).toEqual([2]);
    expect(articleReferences('第一部分第2条', running).map((h) => h.measure)).toEqual([]);
  });
});

// 国办发〔2018〕128号: （一） opens items in four sections, the tasks are 二、（一）–（六）, numbered 1–6 as the text does.
const wasteFree = referenceContext(
  policy(
    [
      measure(1, '强化顶层设计引领，发挥政府宏观指导作用', undefined, { label: '二、（一）', section: '二' }),
      measure(2, '实施工业绿色生产，推动大宗工业固体废物贮存处置总量趋零增长', undefined, { label: '二、（二）', section: '二' }),
      measure(3, '推行农业绿色生产，促进主要农业废弃物全量利用', undefined, { label: '二、（三）', section: '二' }),
    ],
    { title: '国务院办公厅关于印发“无废城市”建设试点工作方案的通知', docNumber: '国办发〔2018〕128号' },
  ),
);

describe('references to a task whose label names its section, the other sections framing', () => {
  it.each([
    ['对照方案第二部分第（三）项，我市秸秆综合利用率达到86%。', [3]],
    ['第二部分第3条所列任务已完成', [3]],
    ['落实方案第（一）项要求', [1]],
  ])('%s', (text, expected) => expect(articleReferences(text, wasteFree).map((h) => h.measure)).toEqual(expected));

  it('links no task to an item of a framing section', () => {
    // 一、（一）重大意义 and 三、（一）确定试点城市 are no measures
    expect(articleReferences('按照第一部分第（一）项、第三部分第（一）项的要求', wasteFree).map((h) => h.measure)).toEqual([]);
  });
});


// 一、 （一） 1. 2. （二） 1. 2. 二、 （一） 1.: the numbering starts again under each middle heading, read as measures 1–5.
const grouped = referenceContext(
  policy(
    [
      measure(1, '压缩开办时间', undefined, { label: '一、（一）1.', section: '一' }),
      measure(2, '推行证照分离', undefined, { label: '一、（一）2.', section: '一' }),
      measure(3, '推行全程网办', undefined, { label: '一、（二）1.', section: '一' }),
      measure(4, '快速回应诉求', undefined, { label: '一、（二）2.', section: '一' }),
      measure(5, '推行信用监管', undefined, { label: '二、（一）1.', section: '二' }),
    ],
    { title: '关于进一步优化营商环境的实施方案' },
  ),
);
const groupedRefs = (text: string) => articleReferences(text, grouped).map((h) => h.measure);

describe('references to a measure with its middle heading, where numbering restarts under each', () => {
  it.each([
    ['关于第一部分第（二）项第1条的落实情况', [3]],
    ['对照方案第一部分第二项第1条，我局已建成网办平台。', [3]],
    ['第一部分（二）第1条已完成', [3]],
    ['第一部分（二）1已完成', [3]],
    ['一（二）1落实情况', [3]],
    ['一、（二）1.推行全程网办已完成', [3]],
    ['我局牵头的第一部分第（二）项第1、2条均已完成', [3, 4]],
    ['第二部分第一项第1条', [5]],
    // （二）1 names one measure of the policy; （一）1 is in both sections
    ['（二）1的要求已落实', [3]],
    ['第（二）项第2条已完成', [4]],
  ])('%s', (text, expected) => expect(groupedRefs(text)).toEqual(expected));

  it('links the measure of a policy with no 一、 level cited as the app cites it', () => {
    const items = referenceContext(policy([
      measure(1, '压缩开办时间', undefined, { label: '（一）1.', section: '一' }),
      measure(2, '推行全程网办', undefined, { label: '（二）1.', section: '二' }),
    ]));
    expect(articleReferences('第二项第1条已完成', items).map((h) => h.measure)).toEqual([2]);
    expect(articleReferences('关于（一）1的落实情况', items).map((h) => h.measure)).toEqual([1]);
  });

  it('gives the span of the whole reference', () => {
    const text = '关于第一部分第（二）项第1条的落实情况';
    const [hit] = articleReferences(text, grouped);
    expect(text.slice(hit.start, hit.end)).toBe('第一部分第（二）项第1条');
  });
});

describe('references to a measure with its middle heading: negative cases', () => {
  it.each([
    // 第1条 alone stays as it was: measure 1
    ['第1条', [1]],
    // a section without the middle heading names two measures, so none
    ['第一部分第1条', []],
    // （一）1 is in both sections
    ['（一）1的要求已落实', []],
    // a middle heading or number the policy does not have
    ['第一部分第（三）项第1条', []],
    ['第三部分第（一）项第1条', []],
    // a count or an amount after the heading, another document's part
    ['（二）12个项目', []],
    ['（二）1.5亿元', []],
    ['根据《安全生产条例》第一部分第（二）项第1条', []],
  ])('%s', (text, expected) => expect(groupedRefs(text)).toEqual(expected));

  it("reads a paragraph opening on 「（二）1.」 as the report's own heading unless it repeats the measure's title", () => {
    const items = referenceContext(policy([
      measure(1, '压缩开办时间', undefined, { label: '（一）1.', section: '一' }),
      measure(2, '推行全程网办', undefined, { label: '（二）1.', section: '二' }),
    ]));
    expect(articleReferences('（二）1.加强组织领导，成立工作专班。', items).map((h) => h.measure)).toEqual([]);
    expect(articleReferences('（二）1.推行全程网办。我局已上线网办系统。', items).map((h) => h.measure)).toEqual([2]);
  });

  it('keeps a policy numbered without middle headings as it was', () => {
    // 二、（三） under its section: 第二部分第（三）项 is measure 5 and 第1条 alone measure 1
    expect(refs('第二部分第（三）项第1条')).toEqual([5, 1]);
    const running = referenceContext(policy([measure(1, '甲', undefined, { label: '1.', section: '一' }), measure(12, '乙', undefined, { label: '12.', section: '一' })]));
    expect(articleReferences('第一部分第（二）项第12条', running).map((h) => h.measure)).toEqual([12]);
  });
});
