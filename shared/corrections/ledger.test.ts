// The ledger corrections laid over a policy as read: each kind of correction, and what is left for review.
import { describe, expect, it } from 'vitest';
import { blankMeasure, blankPolicy } from '../__fixtures__/domain';
import { applyLedgerCorrections, deadlineText, sameTitle, type LedgerCorrections } from './ledger';

const read = blankPolicy(
  [
    blankMeasure(1, { title: '提升就业服务', text: '提升就业服务，11月底前完成。', lead: ['区人社局'], deadlines: [{ text: '11月底前', date: '2021-11-30', kind: 'by', beforeIssue: false, start: 0, end: 0 }] }),
    blankMeasure(2, { title: '提高职业技能', text: '提高职业技能。', lead: ['区人社局'], support: ['区财政局'] }),
    blankMeasure(3, { title: '技能培训补贴', text: '落实培训补贴。', lead: ['区财政局'] }),
  ],
  { issuedOn: '2021-09-06' },
);
const fold = (name: string) => (name === '人社局' ? '区人社局' : name);
const apply = (c: Partial<LedgerCorrections>) => applyLedgerCorrections(read, { meta: {}, measures: [], ...c }, { fold });
const m = (p: ReturnType<typeof apply>, n: number) => p.policy.measures.find((x) => x.number === n);

describe('applyLedgerCorrections', () => {
  it.each([
    ['title', { title: '提升公共就业服务' }, { title: '提升公共就业服务' }],
    ['departments, typed names folded', { lead: ['人社局'], support: ['区民政局', '人社局'] }, { lead: ['区人社局'], support: ['区民政局'] }],
    ['joint duty: every named body shares it', { lead: ['区人社局', '区财政局'], support: [], joint: true }, { lead: ['区人社局', '区财政局'], support: [], joint: true }],
    ['deadline changed, its words written from the date', { deadlines: [{ text: '', date: '2021-12-31', kind: 'by' as const }] }, { deadlines: [expect.objectContaining({ text: '2021年12月31日前', date: '2021-12-31', kind: 'by' })] }],
    ['deadline removed', { deadlines: [] }, { deadlines: [] }],
    ['targets', { targets: ['全年新增城镇就业不少于1000人'] }, { targets: [expect.objectContaining({ text: '全年新增城镇就业不少于1000人', value: 1000, comparison: '>=' })] }],
  ])('%s', (_name, patch, expected) => {
    const out = apply({ measures: [{ number: 1, readTitle: '提升就业服务', patch }] });
    expect(m(out, 1)).toMatchObject(expected);
    expect(out.review).toEqual([]);
  });

  it('adds, removes and merges measures, and keeps the department list in step', () => {
    const out = apply({
      measures: [
        { number: 4, readTitle: null, patch: { added: { label: '4.', section: null, text: '建立台账。' }, title: '建立台账', lead: ['区民政局'] } },
        { number: 3, readTitle: '技能培训补贴', patch: { mergedInto: 2 } },
        { number: 1, readTitle: '提升就业服务', patch: { removed: true } },
      ],
    });
    expect(out.policy.measures.map((x) => x.number)).toEqual([2, 4]);
    expect(m(out, 2)).toMatchObject({ text: '提高职业技能。\n落实培训补贴。', lead: ['区人社局', '区财政局'], support: [] });
    expect(out.policy.departments).toEqual(['区财政局', '区民政局', '区人社局'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('a new date of issue settles the year of bare months again', () => {
    const out = apply({ meta: { issuedOn: '2022-03-01', docNumber: '某办发〔2022〕1号' } });
    expect(out.policy).toMatchObject({ issuedOn: '2022-03-01', docNumber: '某办发〔2022〕1号' });
    expect(m(out, 1)!.deadlines[0]).toMatchObject({ text: '11月底前', date: '2022-11-30' });
  });

  it('a deadline set before the date of issue is flagged', () => {
    const out = apply({ measures: [{ number: 1, readTitle: '提升就业服务', patch: { deadlines: [{ text: '', date: '2021-08-31', kind: 'by' }] } }] });
    expect(m(out, 1)!.deadlines[0].beforeIssue).toBe(true);
  });
});

describe('applyLedgerCorrections: what is left for review, never applied silently', () => {
  it.each([
    ['the measure now has another title', { number: 1, readTitle: '优化营商环境', patch: { title: 'x' } }, '标题已变为'],
    ['the measure is gone', { number: 9, readTitle: '某措施', patch: { title: 'x' } }, '已没有第9条'],
    ['an added measure whose number the policy now has', { number: 2, readTitle: null, patch: { added: { label: '2.', section: null, text: 'x' }, title: '补充' } }, '编号相同'],
    ['a merge into a measure that does not exist', { number: 3, readTitle: '技能培训补贴', patch: { mergedInto: 8 } }, '不存在'],
  ])('%s', (_name, correction, reason) => {
    const out = apply({ measures: [correction] });
    expect(out.review).toEqual([expect.objectContaining({ kind: 'correction', reason: expect.stringContaining(reason) })]);
    expect(out.policy.measures.map((x) => [x.number, x.title])).toEqual(read.measures.map((x) => [x.number, x.title]));
  });
});

describe('applyLedgerCorrections: reasons cite measures as the policy does', () => {
  const restarting = blankPolicy([
    blankMeasure(1, { label: '一、1.', section: '一', title: '提升就业服务' }),
    blankMeasure(2, { label: '二、1.', section: '二', title: '提高职业技能' }),
  ]);
  const review = (c: LedgerCorrections['measures'][number]) => applyLedgerCorrections(restarting, { meta: {}, measures: [c] }, { fold }).review[0]?.reason;
  it.each([
    [{ number: 2, readTitle: '优化营商环境', patch: { title: 'x' } }, '第二部分第1条的标题已变为“提高职业技能”'],
    [{ number: 2, readTitle: '提高职业技能', patch: { mergedInto: 8 } }, '第二部分第1条要并入的第8条不存在'],
    [{ number: 2, readTitle: null, patch: { added: { label: '2.', section: null, text: 'x' }, title: '补充' } }, '政策中已有的第二部分第1条“提高职业技能”编号相同'],
  ])('%j → %s', (correction, reason) => {
    expect(review(correction)).toContain(reason);
  });

  it('a policy numbered straight through keeps 第N条', () => {
    expect(apply({ measures: [{ number: 1, readTitle: '优化营商环境', patch: { title: 'x' } }] }).review[0].reason).toContain('第1条的标题已变为');
  });
});

describe('helpers', () => {
  it.each([
    ['提升就业服务', '提升就业服务。', true],
    ['提升 就业服务', '提升就业服务', true],
    ['提升就业服务', '提升创业服务', false],
  ])('sameTitle(%s, %s) = %s', (a, b, same) => expect(sameTitle(a, b)).toBe(same));

  it.each([
    ['2021-12-31', 'by', '2021年12月31日前'],
    ['2021-01-05', 'period', '2021年1月5日前'],
    [null, 'ongoing', '长期坚持'],
  ] as const)('deadlineText(%s, %s) = %s', (date, kind, text) => expect(deadlineText(date, kind)).toBe(text));

  it.each([
    ['2022-12-31', '2022-09-01', '2022年9月1日至2022年12月31日'],
    // a start after the end is no period's start: the end alone
    ['2022-08-31', '2022-09-01', '2022年8月31日前'],
    ['2022-12-31', null, '2022年12月31日前'],
  ] as const)('a period to %s from %s reads %s', (date, from, text) => expect(deadlineText(date, 'period', from)).toBe(text));

  it('gives only a period its first day', () => expect(deadlineText('2022-12-31', 'by', '2022-09-01')).toBe('2022年12月31日前'));
});
