import { describe, expect, it } from 'vitest';
import { measureCitation } from '../extract/measure-citation';
import { bookTitle, citeMeasure, citeMeasures, deadlineWords, evidenceQuote, fileLabel, measureHeading, obligationDeadline, periodSpans, policyReference, sectionLabel, statusPhrase } from './wording';
import { deadline, evidence, measure, obligation } from './__fixtures__/builders';
import { seedPolicy } from './__fixtures__/seed-like';
import { variedPolicy } from './__fixtures__/varied';

describe('bookTitle and policyReference', () => {
  it('nests book-title marks already in the title', () => {
    expect(bookTitle('关于印发《行动方案》的通知')).toBe('《关于印发〈行动方案〉的通知》');
  });

  it('adds the document number when there is one', () => {
    expect(policyReference(seedPolicy)).toBe('《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》（市中政办发〔2021〕14号）');
    expect(policyReference(variedPolicy)).toBe('《关于印发〈示范县创建三年行动方案〉的通知》');
  });
});

describe('deadlineWords', () => {
  it('keeps the original words beside the date', () => {
    expect(deadlineWords(measure(1, 'x', { deadlines: [deadline('11月底前', '2021-11-30')] }))).toBe('11月底前（2021年11月30日）');
  });

  it('lets words naming the same date share it', () => {
    const m = measure(2, 'x', { deadlines: [deadline('年内', '2021-12-31'), deadline('12月底前', '2021-12-31')] });
    expect(deadlineWords(m)).toBe('年内、12月底前（2021年12月31日）');
  });

  it('describes recurring, period and ongoing deadlines and skips service time limits', () => {
    const m = measure(3, 'x', {
      deadlines: [
        deadline('每季度末', null, 'quarterly', { recurrence: { every: 'quarter' } }),
        deadline('2023年1月至12月', '2023-12-31', 'period', { from: '2023-01-01' }),
        deadline('受理后8个工作日内', null, 'service-limit'),
        deadline('长期坚持', null, 'ongoing'),
      ],
    });
    expect(deadlineWords(m)).toBe('每季度末（按季度报送）；2023年1月至12月（至2023年12月31日）；长期坚持');
  });

  it('does not repeat a date written in full', () => {
    expect(deadlineWords(measure(4, 'x', { deadlines: [deadline('2022年3月31日', '2022-03-31')] }))).toBe('2022年3月31日');
  });

  it('is null when the measure names no deadline', () => {
    expect(deadlineWords(measure(5, 'x'))).toBeNull();
    expect(deadlineWords(measure(6, 'x', { deadlines: [deadline('受理后3日内', null, 'service-limit')] }))).toBeNull();
  });
});

describe('statusPhrase', () => {
  it('says when a late report came and how late', () => {
    expect(statusPhrase(obligation(1, 'A', 'late', { due: '2021-11-30', respondedOn: '2021-12-15' }))).toBe(
      '逾期报送，2021年12月15日报送，逾期15天',
    );
  });

  it('gives the due date of missing and pending duties', () => {
    expect(statusPhrase(obligation(1, 'A', 'missing', { due: '2021-11-30' }))).toBe('未报送（时限为2021年11月30日）');
    expect(statusPhrase(obligation(1, 'A', 'pending', { due: '2022-03-31' }))).toBe('未到期（时限为2022年3月31日）');
  });

  it('counts the periods of a recurring duty', () => {
    const o = obligation(12, 'A', 'late', {
      respondedOn: '2022-01-12',
      due: '2022-01-04',
      periods: [
        { due: '2021-11-04', status: 'on_time', respondedOn: '2021-11-01' },
        { due: '2021-12-04', status: 'missing', respondedOn: null },
        { due: '2022-01-04', status: 'late', respondedOn: '2022-01-12' },
      ],
    });
    expect(statusPhrase(o)).toBe('逾期报送，2022年1月12日报送，逾期8天；共3期，其中按时报送1期、逾期报送1期、未报送1期');
  });
});

describe('periodSpans', () => {
  const months = (statuses: string[]) =>
    obligation(12, 'A', 'missing', {
      due: '2022-01-31',
      periods: statuses.map((status, k) => ({ due: `2022-${String(k + 1).padStart(2, '0')}-28`, status: status as 'missing', respondedOn: null })),
    });

  it('writes a run of three periods or more as its first and last, with the count of all', () => {
    expect(periodSpans(months(['missing', 'missing', 'missing', 'missing']), 'missing')).toEqual({ text: '2022年1月28日至2022年4月28日各期', count: 4 });
    expect(periodSpans(months(['missing', 'on_time', 'missing', 'missing', 'missing', 'on_time', 'missing']), 'missing')).toEqual({
      text: '2022年1月28日、2022年3月28日至2022年5月28日各期、2022年7月28日',
      count: 5,
    });
  });

  it('names each period of a run shorter than three, and counts none the office closed or exempted', () => {
    expect(periodSpans(months(['missing', 'missing', 'on_time']), 'missing')).toEqual({ text: '2022年1月28日、2022年2月28日', count: 2 });
    const o = months(['missing', 'missing', 'missing']);
    o.periods![1] = { ...o.periods![1], decision: { kind: 'exempt', date: '2022-03-01', by: 'x' } as never };
    expect(periodSpans(o, 'missing')).toEqual({ text: '2022年1月28日、2022年3月28日', count: 2 });
    expect(periodSpans(months(['on_time']), 'missing')).toEqual({ text: '', count: 0 });
  });
});

describe('fileLabel', () => {
  it.each([
    ['住建局报告.docx', '住建局报告'],
    ['D:\\报送\\司法局落实情况报告1018.pdf', '司法局落实情况报告1018'],
    ['会议纪要（第12期）.docx', '会议纪要（第12期）'],
    ['关于放管服改革落实情况的报告（民政）.docx', '《关于放管服改革落实情况的报告》（民政）'],
    ['区财政局关于第12条的报告.docx', '《区财政局关于第12条的报告》'],
    ['关于稳就业工作推进情况.txt', '《关于稳就业工作推进情况》'],
    ['关于印发《实施方案》的通知的回复.docx', '关于印发《实施方案》的通知的回复'],
    ['关于.docx', '关于'],
    ['报告', '报告'],
  ])('%s → %s', (file, expected) => {
    expect(fileLabel(file)).toBe(expected);
  });

  it('never leaves the extension on', () => {
    for (const f of ['a.docx', '甲.pdf', '乙.TXT', '关于丙的报告.wps', '丁.ofd']) expect(fileLabel(f)).not.toMatch(/\.[a-z]+》?$/iu);
  });
});

describe('evidenceQuote', () => {
  it('quotes the best passage with the file it came from, without folders', () => {
    const q = evidenceQuote([evidence('C:\\报告\\县发改局.docx', '2023-12-05', '召开推进会议6次。', 'content')]);
    expect(q).toBe('“召开推进会议6次。”（县发改局）');
  });

  it('cites a report named by its title by that title', () => {
    const q = evidenceQuote([evidence('/tmp/区财政局关于落实放管服改革情况的报告.pdf', '2023-12-05', '已完成。', 'reference')]);
    expect(q).toBe('“已完成。”（《区财政局关于落实放管服改革情况的报告》）');
  });

  it('is null without evidence', () => expect(evidenceQuote([])).toBeNull());
});

describe('obligationDeadline', () => {
  const m = measure(1, 'x', { deadlines: [deadline('长期坚持', null, 'ongoing')] });
  const result = { asOf: '2024-01-15', reportDeadline: '2023-11-30', obligations: [], notes: { offDuty: [], unobliged: [], beforeIssue: [] } };

  it('notes the reporting deadline counted for a measure without a date', () => {
    const o = obligation(1, 'A', 'missing', { due: '2023-11-30', dueSource: 'report-deadline' });
    expect(obligationDeadline(m, o, result)).toBe('长期坚持（按统一报送期限2023年11月30日统计）');
    expect(obligationDeadline(measure(1, 'x'), o, result)).toBe('2023年11月30日（统一报送期限）');
  });

  it('gives the due date when the measure is unknown', () => {
    expect(obligationDeadline(undefined, obligation(7, 'A', 'missing', { due: '2023-10-31' }), result)).toBe('2023年10月31日');
  });
});

describe('citing measures where numbering restarts in each section', () => {
  const restarting = {
    ...seedPolicy,
    measures: [
      measure(1, '建设统一政务云平台', { label: '一、1.', section: '一' }),
      measure(2, '推进数据共享', { label: '一、2.', section: '一' }),
      measure(3, '推广“掌上办”', { label: '二、1.', section: '二' }),
    ],
  };

  it('names the section in each citation, in lists and in headings', () => {
    expect(citeMeasure(restarting, 3)).toBe('第二部分第1条');
    expect(citeMeasures(restarting, [2, 3])).toBe('第一部分第2条、第二部分第1条');
    expect(measureHeading(restarting.measures[2], 3, '推广“掌上办”')).toBe('二、1. 推广“掌上办”');
  });

  it('names the middle heading too where the numbering restarts under each (一、（二）1.)', () => {
    const grouped = {
      ...seedPolicy,
      measures: [
        measure(1, '压缩开办时间', { label: '一、（一）1.', section: '一' }),
        measure(2, '推行全程网办', { label: '一、（二）1.', section: '一' }),
        measure(3, '推行信用监管', { label: '二、（一）1.', section: '二' }),
      ],
    };
    expect(citeMeasure(grouped, 2)).toBe('第一部分第二项第1条');
    expect(citeMeasures(grouped, [1, 3])).toBe('第一部分第一项第1条、第二部分第一项第1条');
    expect(measureHeading(grouped.measures[1], 2, '推行全程网办')).toBe('一、（二）1. 推行全程网办');
  });

  it('cites every measure in the words the app shows for it (measureCitation), whatever the numbering', () => {
    const policies = [restarting, seedPolicy, { ...seedPolicy, measures: [measure(1, '甲', { label: '（二）1.', section: '二' }), measure(2, '乙', { label: '第五条' })] }];
    for (const p of policies) for (const m of p.measures) expect(citeMeasure(p, m.number)).toBe(measureCitation(m));
    expect(citeMeasure(seedPolicy, 999)).toBe('第999条');
  });

  it.each([
    ['二、1.', '二、1.'],
    ['一、（二）1.', '一、（二）1.'],
    ['（二）1.', '（二）1.'],
    ['二、（三）', '二、（三）'],
    ['3.', null],
    ['（三）', null],
    ['第五条', null],
    ['', null],
  ])('sectionLabel(%s) = %s', (label, expected) => {
    expect(sectionLabel({ label })).toBe(expected);
  });

  it('cites a section read as one measure as the part, and heads it with the section\'s label (六、职责分工)', () => {
    const divided = {
      ...seedPolicy,
      measures: [
        measure(1, '城镇房屋定期体检制度', { label: '四、（一）', section: '四' }),
        measure(4, '职责分工', { label: '六、', section: '六' }),
      ],
    };
    expect(citeMeasure(divided, 4)).toBe('第六部分');
    expect(citeMeasures(divided, [1, 4])).toBe('第四部分第一条、第六部分');
    expect(measureHeading(divided.measures[1], 4, '职责分工')).toBe('六、 职责分工');
    expect(sectionLabel(divided.measures[1])).toBe('六、');
    // a measure at the policy's only level labelled 三、 keeps its number
    expect(sectionLabel({ label: '三、', section: null })).toBeNull();
  });

  it('keeps 第N条 and "N. 标题" where the numbering runs on', () => {
    expect(citeMeasures(seedPolicy, [3, 5])).toBe('第3、5条');
    expect(citeMeasure(seedPolicy, 4)).toBe('第4条');
    expect(measureHeading(seedPolicy.measures[0], seedPolicy.measures[0].number, 't')).toBe(`${seedPolicy.measures[0].number}. t`);
  });
});
