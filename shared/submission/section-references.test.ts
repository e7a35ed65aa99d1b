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
