import { describe, expect, it } from 'vitest';
import type { Deadline } from '../types';
import { extractDeadlines } from './deadlines';

// Fixed reference: the seed policy's date of issue.
const ISSUED = '2021-09-06';

type Expect = Partial<Deadline>;

/** Runs the grammar on `input` and checks the single time phrase it must find. */
function expectOne(input: string, expected: Expect, issuedOn: string | null = ISSUED) {
  const found = extractDeadlines(input, { issuedOn });
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const [d] = found;
  expect(d).toMatchObject(expected);
  expect(input.slice(d.start, d.end)).toBe(d.text);
  return d;
}

describe('one-off deadlines (by)', () => {
  it.each<[string, string, string, boolean]>([
    // input, text, date, beforeIssue
    ['11月底前，全面清理规范', '11月底前', '2021-11-30', false],
    ['11月末前完成', '11月末前', '2021-11-30', false],
    ['11月底完成清理', '11月底', '2021-11-30', false],
    ['6月30日前出台办法', '6月30日前', '2021-06-30', true],
    ['12月31日之前完成', '12月31日之前', '2021-12-31', false],
    ['于12月31日止', '12月31日止', '2021-12-31', false],
    ['十二月底前完成', '十二月底前', '2021-12-31', false],
    ['十一月三十日前报送', '十一月三十日前', '2021-11-30', false],
    ['9月前完成', '9月前', '2021-08-31', true],
    ['10月份前完成', '10月份前', '2021-09-30', false],
    ['1月前完成', '1月前', '2020-12-31', true],
    ['6月中旬前完成', '6月中旬前', '2021-06-20', true],
    ['10月上旬完成', '10月上旬', '2021-10-10', false],
    ['10月下旬完成', '10月下旬', '2021-10-31', false],
    ['8月底前，出台特困人员认定办法', '8月底前', '2021-08-31', true],
    ['并于9月底前公布', '9月底前', '2021-09-30', false],
    ['年内培训不少于1000名', '年内', '2021-12-31', false],
    ['本年度内完成', '本年度内', '2021-12-31', false],
    ['年底前完成', '年底前', '2021-12-31', false],
    ['年末前完成', '年末前', '2021-12-31', false],
    ['今年底完成', '今年底', '2021-12-31', false],
    ['今年年底前完成', '今年年底前', '2021-12-31', false],
    ['到年底，全区', '年底', '2021-12-31', false],
    ['上半年完成', '上半年', '2021-06-30', true],
    ['下半年完成', '下半年', '2021-12-31', false],
    ['第三季度完成', '第三季度', '2021-09-30', false],
    ['三季度末完成', '三季度末', '2021-09-30', false],
    ['第3季度完成', '第3季度', '2021-09-30', false],
    ['第四季度前完成', '第四季度前', '2021-12-31', false],
    ['一季度完成', '一季度', '2021-03-31', true],
    ['2022年6月底前完成', '2022年6月底前', '2022-06-30', false],
    ['2022年6月30日前完成', '2022年6月30日前', '2022-06-30', false],
    ['2022年底前完成', '2022年底前', '2022-12-31', false],
    ['2022年年底前完成', '2022年年底前', '2022-12-31', false],
    ['2022年上半年完成', '2022年上半年', '2022-06-30', false],
    ['2022年第一季度完成', '2022年第一季度', '2022-03-31', false],
    ['明年3月底前完成', '明年3月底前', '2022-03-31', false],
    ['次年6月底前完成', '次年6月底前', '2022-06-30', false],
    ['翌年6月底前完成', '翌年6月底前', '2022-06-30', false],
    ['明年底前完成', '明年底前', '2022-12-31', false],
    ['二〇二二年三月底前完成', '二〇二二年三月底前', '2022-03-31', false],
    ['2020年12月底前已完成', '2020年12月底前', '2020-12-31', true],
    ['到2025年，全区建成', '到2025年', '2025-12-31', false],
    ['力争到2023年上市企业达到3家', '到2023年', '2023-12-31', false],
    ['10月初完成', '10月初', '2021-10-05', false],
    ['2023年前完成', '2023年前', '2022-12-31', false],
    ['申报截止到2021年12月31日', '截止到2021年12月31日', '2021-12-31', false],
    ['截止时间为11月30日', '截止时间为11月30日', '2021-11-30', false],
  ])('%s → %s %s', (input, text, date, beforeIssue) => {
    expectOne(input, { text, kind: 'by', date, beforeIssue });
  });

  it.each<[string, string, string, string]>([
    // input, date of issue, text, date: a month counted from the date of issue
    ['本月底前完成排查', '2022-05-10', '本月底前', '2022-05-31'],
    ['下月底前完成整治', '2022-05-10', '下月底前', '2022-06-30'],
    ['下个月中旬前印发', '2022-05-10', '下个月中旬前', '2022-06-20'],
    ['下月初报送', '2022-05-10', '下月初', '2022-06-05'],
    ['下月底前报送', '2021-12-20', '下月底前', '2022-01-31'],
    ['本月25日前报送', '2022-05-10', '本月25日前', '2022-05-25'],
  ])('%s (issued %s) → %s %s', (input, issuedOn, text, date) => {
    expectOne(input, { text, kind: 'by', date, beforeIssue: false }, issuedOn);
  });

  it('gives a month counted from the date of issue no date when that is unknown', () => {
    expectOne('本月底前完成', { text: '本月底前', kind: 'by', date: null }, null);
  });

  it('does not roll a bare month before the issue month into the next year', () => {
    expectOne('8月底前出台', { date: '2021-08-31', beforeIssue: true });
    expectOne('3月底前出台', { date: '2022-03-31', beforeIssue: false }, '2022-01-10');
    // Issued in November: a bare 2月 stays in the year of issue and is flagged; only 明年/次年/翌年 move it.
    expectOne('2月底前形成督查报告', { date: '2023-02-28', beforeIssue: true }, '2023-11-15');
    expectOne('翌年2月底前形成督查报告', { date: '2024-02-29', beforeIssue: false }, '2023-11-15');
  });

  it('resolves month ends in leap years', () => {
    expectOne('2月底前完成', { date: '2024-02-29' }, '2024-01-10');
    expectOne('2月底前完成', { date: '2023-02-28' }, '2023-01-10');
  });

  it('keeps an impossible day as a phrase without a date', () => {
    expectOne('2月30日前完成', { text: '2月30日前', kind: 'by', date: null, beforeIssue: false });
  });

  it('gives no date to a bare month when the date of issue is unknown', () => {
    expectOne('11月底前完成', { text: '11月底前', date: null, beforeIssue: false }, null);
    expectOne('年内完成', { date: null }, null);
    expectOne('2022年6月底前完成', { date: '2022-06-30', beforeIssue: false }, null);
  });
});

describe('recurring deadlines', () => {
  it.each<[string, string, Deadline['kind'], Deadline['recurrence']]>([
    ['每月4日前将上月情况上报', '每月4日前', 'monthly', { every: 'month', day: 4 }],
    ['每月15日报送', '每月15日', 'monthly', { every: 'month', day: 15 }],
    ['每月底前报送', '每月底前', 'monthly', { every: 'month', day: 31 }],
    ['每月月底前报送', '每月月底前', 'monthly', { every: 'month', day: 31 }],
    ['每月中旬报送', '每月中旬', 'monthly', { every: 'month', day: 20 }],
    ['于次月10日前报送', '次月10日前', 'monthly', { every: 'month', day: 10 }],
    ['按月调度进展', '按月', 'monthly', { every: 'month' }],
    ['每个月通报一次', '每个月', 'monthly', { every: 'month' }],
    ['每季度末报送', '每季度末', 'quarterly', { every: 'quarter', month: 3, day: 31 }],
    ['每季度首月10日前报送', '每季度首月10日前', 'quarterly', { every: 'quarter', month: 1, day: 10 }],
    ['每季度最后一个月25日前报送', '每季度最后一个月25日前', 'quarterly', { every: 'quarter', month: 3, day: 25 }],
    ['每月结束后5日内报送', '每月结束后5日内', 'monthly', { every: 'month', day: 5 }],
    ['每季度结束后10日内报送', '每季度结束后10日内', 'quarterly', { every: 'quarter', month: 1, day: 10 }],
    ['每季度结束后10个工作日内报送', '每季度结束后10个工作日内', 'quarterly', { every: 'quarter' }],
    ['按季度通报', '按季度', 'quarterly', { every: 'quarter' }],
    ['每季度召开一次调度会', '每季度', 'quarterly', { every: 'quarter' }],
    ['每年扶持180名以上大学生创业', '每年', 'annual', { every: 'year' }],
    ['每年度开展评估', '每年度', 'annual', { every: 'year' }],
    ['每年6月底前报送', '每年6月底前', 'annual', { every: 'year', month: 6, day: 30 }],
    ['每年2月底前报送', '每年2月底前', 'annual', { every: 'year', month: 2, day: 29 }],
    ['每年12月31日前报送', '每年12月31日前', 'annual', { every: 'year', month: 12, day: 31 }],
    ['每年3月1日报送', '每年3月1日', 'annual', { every: 'year', month: 3, day: 1 }],
    ['每年年底前报送', '每年年底前', 'annual', { every: 'year', month: 12, day: 31 }],
    ['每年底报送', '每年底', 'annual', { every: 'year', month: 12, day: 31 }],
    ['每年上半年报送', '每年上半年', 'annual', { every: 'year', month: 6, day: 30 }],
    ['每年第一季度报送', '每年第一季度', 'annual', { every: 'year', month: 3, day: 31 }],
    ['于每月初报送办件情况', '每月初', 'monthly', { every: 'month', day: 5 }],
    ['每月月初通报', '每月月初', 'monthly', { every: 'month', day: 5 }],
    ['每年3月初报送', '每年3月初', 'annual', { every: 'year', month: 3, day: 5 }],
    // weekly and half-yearly duties: standing duties, their rhythm kept in the recurrence
    ['每周开展不少于2次检查', '每周', 'ongoing', { every: 'week' }],
    ['每星期通报一次', '每星期', 'ongoing', { every: 'week' }],
    ['每半年通报一次', '每半年', 'ongoing', { every: 'half-year' }],
    ['数据目录半年一次更新', '半年一次', 'ongoing', { every: 'half-year' }],
  ])('%s → %s', (input, text, kind, recurrence) => {
    const d = expectOne(input, { text, kind, date: null, beforeIssue: false });
    expect(d.recurrence).toEqual(recurrence);
  });
});

describe('periods', () => {
  it.each<[string, string, string | null, string | null, boolean]>([
    // input, text, from, date (last day), beforeIssue
    ['对2021年1月至12月，中小微企业', '2021年1月至12月', '2021-01-01', '2021-12-31', false],
    ['2021年1月—12月', '2021年1月—12月', '2021-01-01', '2021-12-31', false],
    ['2021年1-12月', '2021年1-12月', '2021-01-01', '2021-12-31', false],
    ['2021年1月1日至2021年12月31日', '2021年1月1日至2021年12月31日', '2021-01-01', '2021-12-31', false],
    ['9月1日至30日', '9月1日至30日', '2021-09-01', '2021-09-30', false],
    ['1至6月', '1至6月', '2021-01-01', '2021-06-30', true],
    ['2021年10月至2022年3月底', '2021年10月至2022年3月底', '2021-10-01', '2022-03-31', false],
    ['10月至次年3月', '10月至次年3月', '2021-10-01', '2022-03-31', false],
    ['2021—2025年', '2021—2025年', '2021-01-01', '2025-12-31', false],
    ['2021年至2025年', '2021年至2025年', '2021-01-01', '2025-12-31', false],
  ])('%s → %s', (input, text, from, date, beforeIssue) => {
    expectOne(input, { text, kind: 'period', from, date, beforeIssue });
  });

  it('a period without a year needs the date of issue', () => {
    expectOne('1至6月', { kind: 'period', from: null, date: null }, null);
    expectOne('2021年1月至12月', { kind: 'period', from: '2021-01-01', date: '2021-12-31' }, null);
  });
});

describe('service time limits', () => {
  it.each([
    ['受理后8个工作日内完成', '受理后8个工作日内'],
    ['受理申请后8个工作日完成审核', '受理申请后8个工作日'],
    ['8个工作日完成审核', '8个工作日'],
    ['3天予以公示', '3天'],
    ['1个工作日完成审批', '1个工作日'],
    ['开办时间压缩至1个工作日以内', '压缩至1个工作日以内'],
    ['5日内办结', '5日内'],
    ['自受理之日起3个工作日内作出决定', '自受理之日起3个工作日内'],
    ['收到申请后10日内答复', '收到申请后10日内'],
    ['三个工作日内办结', '三个工作日内'],
    ['办理时限为5个工作日', '办理时限为5个工作日'],
  ])('%s → %s', (input, text) => {
    expectOne(input, { text, kind: 'service-limit', date: null, beforeIssue: false });
  });

  it('reads the seed chain of limits as three phrases', () => {
    const text = '压缩审核确认时限，受理申请后8个工作日完成审核，3天予以公示，1个工作日完成审批。';
    const found = extractDeadlines(text, { issuedOn: ISSUED });
    expect(found.map((d) => [d.text, d.kind])).toEqual([
      ['受理申请后8个工作日', 'service-limit'],
      ['3天', 'service-limit'],
      ['1个工作日', 'service-limit'],
    ]);
  });
});

describe('ongoing duties', () => {
  it.each([
    ['完成时限：长期坚持', '长期坚持'],
    ['完成时间：持续推进', '持续推进'],
    ['完成时限: 常态化', '常态化'],
    ['（长期坚持）', '长期坚持'],
    ['（区民政局牵头，持续推进）', '持续推进'],
    ['开展专项整治。长期坚持。', '长期坚持'],
    ['规范收费行为\n持续推进\n', '持续推进'],
  ])('%j → %s', (input, text) => {
    expectOne(input, { text, kind: 'ongoing', date: null, beforeIssue: false });
  });
});

describe('labelled time lines', () => {
  it.each<[string, string, string]>([
    ['完成时限：2022年6月底前', '2022年6月底前', '2022-06-30'],
    ['时间节点：12月31日前', '12月31日前', '2021-12-31'],
    ['完成时限：2022年6月', '2022年6月', '2022-06-30'],
    ['完成时间：2022年6月30日', '2022年6月30日', '2022-06-30'],
    ['完成时限：12月', '12月', '2021-12-31'],
    ['完成时限：2022年', '2022年', '2022-12-31'],
    ['完成时限：二〇二二年六月', '二〇二二年六月', '2022-06-30'],
    ['完成时限：9月前', '9月前', '2021-08-31'],
  ])('%s → %s', (input, text, date) => {
    expectOne(input, { text, kind: 'by', date });
  });
});

describe('a year that dates a figure', () => {
  it.each<[string, string, string, boolean]>([
    ['2019年实现90%事项网上办', '2019年', '2019-12-31', true],
    ['2022年实现80%事项全程网办', '2022年', '2022-12-31', false],
    ['2022年完成3个老旧小区改造', '2022年', '2022-12-31', false],
    ['2023年力争达到95%以上', '2023年', '2023-12-31', false],
    ['2022年基本实现100%覆盖', '2022年', '2022-12-31', false],
    ['二〇二二年完成五成', '二〇二二年', '2022-12-31', false],
  ])('%s → %s %s', (input, text, date, beforeIssue) => {
    expectOne(input, { text, kind: 'by', date, beforeIssue });
  });
});

describe('text with PDF spacing', () => {
  it.each<[string, string, Partial<Deadline>]>([
    ['严格贯彻，11 月底前，全面清理', '11 月底前', { kind: 'by', date: '2021-11-30' }],
    ['对\n2021 年 1 月至 12 月，中小微企业', '2021 年 1 月至 12 月', { kind: 'period', from: '2021-01-01', date: '2021-12-31' }],
    ['每月 4 日前将上月', '每月 4 日前', { kind: 'monthly', recurrence: { every: 'month', day: 4 } }],
    ['受理申请后 8 个工作日完成审核', '受理申请后 8 个工作日', { kind: 'service-limit' }],
    ['１２月底前完成', '１２月底前', { kind: 'by', date: '2021-12-31' }],
    ['2022 年 6 月\n底前完成', '2022 年 6 月\n底前', { kind: 'by', date: '2022-06-30' }],
  ])('%j → %j', (input, text, expected) => {
    expectOne(input, { text, ...expected });
  });
});

describe('overlaps', () => {
  it('reports each time phrase once, the longest reading winning', () => {
    const cases: [string, string, Deadline['kind']][] = [
      ['每年12月底前报送', '每年12月底前', 'annual'],
      ['2021年1月1日至2021年12月31日', '2021年1月1日至2021年12月31日', 'period'],
      ['2021年1月至12月底', '2021年1月至12月底', 'period'],
      ['每月4日前', '每月4日前', 'monthly'],
      ['2022年12月31日前', '2022年12月31日前', 'by'],
    ];
    for (const [input, text, kind] of cases) expectOne(input, { text, kind });
  });

  it('keeps separate phrases in order of appearance', () => {
    const text = '8月底前，出台特困人员认定办法，受理申请后8个工作日完成审核。12月底前，在全区开展专项治理。';
    const found = extractDeadlines(text, { issuedOn: ISSUED });
    expect(found.map((d) => d.text)).toEqual(['8月底前', '受理申请后8个工作日', '12月底前']);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });
});

describe('a month counted from the date of issue inside a monthly duty', () => {
  it('reads 下月底前 after 每月 as part of the monthly duty, not as a one-off deadline', () => {
    const found = extractDeadlines('每月统计运行数据，于下月底前报送县统计局。', { issuedOn: '2022-05-10' });
    expect(found.map((d) => [d.text, d.kind])).toEqual([['每月', 'monthly']]);
  });
});
