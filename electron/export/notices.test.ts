import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ComplianceResult } from '../../shared/types';
import { buildReminderNoticeFiles, buildReminderNotices, departmentsWithOutstanding, noticeFileName, type NoticeInput } from './index';
import { deadline, measure, obligation, policy } from '../../shared/export/__fixtures__/builders';
import { bodyParagraphs, readDocx, type ParagraphInfo } from './__fixtures__/read-docx';
import { seedPolicy, seedResult } from '../../shared/export/__fixtures__/seed-like';
import { emptyPolicy, emptyResult, variedPolicy, variedResult } from '../../shared/export/__fixtures__/varied';
import { extractPolicy } from '../../shared/extract/policy';
import { threeLevels } from '../../shared/extract/__fixtures__/three-levels';

const seedInput: NoticeInput = { parts: [{ policy: seedPolicy, result: seedResult }], replyBy: '2022-02-10', date: '2022-02-01' };

const TITLE = '关于加快报送《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》落实情况的通知';

/** Splits the body paragraphs into notices at each title. */
function notices(paragraphs: ParagraphInfo[]): string[][] {
  const out: string[][] = [];
  for (const p of paragraphs) {
    if (p.style === 'Title') out.push([]);
    out[out.length - 1].push(p.text.replace(/\n/g, ''));
  }
  return out;
}

const noticesOf = async (data: Buffer) => notices(bodyParagraphs((await readDocx(data)).document));

/** The numbered items of a notice: the measure numbers it chases. */
const itemMeasures = (notice: string[]) =>
  notice.filter((p) => /^\d+\. 第\d+条/.test(p)).map((p) => Number(/^\d+\. 第(\d+)条/.exec(p)![1]));

describe('buildReminderNotices', () => {
  it('writes one notice per department with something outstanding, in the same order', async () => {
    const all = await noticesOf(await buildReminderNotices(seedInput));
    expect(all.map((n) => n[2])).toEqual(departmentsWithOutstanding(seedResult).map((d) => `${d}：`));
    for (const n of all) expect(n[0]).toBe(TITLE);
  });

  it('lists exactly each department’s missing and late obligations', async () => {
    const all = await noticesOf(await buildReminderNotices(seedInput));
    for (const n of all) {
      const department = n[2].replace(/：$/, '');
      const expected = seedResult.obligations
        .filter((o) => o.department === department && (o.status === 'missing' || o.status === 'late'))
        .map((o) => o.measure)
        .sort((a, b) => a - b);
      expect(itemMeasures(n), department).toEqual(expected);
    }
  });

  it('says what is outstanding, with the deadline in words and date, and asks for a reply by the date', async () => {
    const all = await noticesOf(await buildReminderNotices(seedInput));
    const civil = all.find((n) => n[2] === '区民政局：')!;
    expect(civil).toContain('1. 第2条“提高职业技能”（配合）。完成时限：年内、12月底前（2021年12月31日）。截至2022年1月31日，未报送落实情况。');
    expect(civil.some((p) => p.includes('请于2022年2月10日前报送上述未报送的落实情况。'))).toBe(true);
    expect(civil.slice(-3)).toEqual(['', '市中区人民政府办公室', '2022年2月1日']);

    const hrss = all.find((n) => n[2] === '区人力资源和社会保障局：')!;
    expect(hrss).toContain('1. 第2条“提高职业技能”（牵头）。完成时限：年内、12月底前（2021年12月31日）。2022年1月10日报送落实情况，逾期10天。');
    expect(hrss.some((p) => p.includes('请于2022年2月10日前报送逾期原因的书面说明'))).toBe(true);
  });

  it('names the periods of a recurring duty that are missing or late, nesting the quotes of the title', async () => {
    const all = await noticesOf(await buildReminderNotices(seedInput));
    const land = all.find((n) => n[2] === '区自然资源局：')!;
    expect(land).toContain(
      '1. 第12条“加快推进‘标准地’改革”（牵头）。完成时限：每月4日前（按月报送）。截至2022年1月31日，' +
        '应于2021年11月4日报送的1期落实情况未报送；应于2021年12月4日、2022年1月4日报送的2期落实情况逾期报送。',
    );
    expect(land.some((p) => p.includes('请于2022年2月10日前报送上述未报送的落实情况，并书面说明逾期原因。'))).toBe(true);
  });

  it('handles a department with both missing and late obligations', async () => {
    const result: ComplianceResult = {
      ...variedResult,
      obligations: [...variedResult.obligations, obligation(3, '县农业农村局', 'late', { due: '2023-12-31', respondedOn: '2024-01-05' })],
    };
    const [n] = await noticesOf(
      await buildReminderNotices({ parts: [{ policy: variedPolicy, result }], replyBy: '2024-01-25', date: '2024-01-16', department: '县农业农村局' }),
    );
    expect(itemMeasures(n)).toEqual([1, 3, 7]);
    expect(n).toContain(
      '按照《关于印发〈示范县创建三年行动方案〉的通知》要求，截至2024年1月15日，你单位承担的任务中有2项任务未报送落实情况，1项任务逾期报送。现将有关事项通知如下：',
    );
    expect(n).toContain('1. 第1条“健全工作机制”（共同负责）。完成时限：长期坚持（按统一报送期限2023年11月30日统计）。截至2024年1月15日，未报送落实情况。');
    expect(n).toContain('3. 第7条措施（牵头）。完成时限：2023年10月31日。截至2024年1月15日，未报送落实情况。');
    expect(n.some((p) => p.includes('请于2024年1月25日前报送上述未报送的落实情况，并书面说明逾期原因。'))).toBe(true);
    // No issuer and no office given: the date stands alone.
    expect(n.slice(-2)).toEqual(['', '2024年1月16日']);
  });

  it('keeps the request, 特此通知 and the signature together on one page in every notice', async () => {
    const paragraphs = bodyParagraphs((await readDocx(await buildReminderNotices(seedInput))).document);
    const closings = paragraphs.map((p, i) => [p, i] as const).filter(([p]) => p.text === '特此通知。');
    expect(closings.length).toBe(departmentsWithOutstanding(seedResult).length);
    for (const [closing, i] of closings) {
      const request = paragraphs[i - 1];
      expect(request.text).toMatch(/^请你单位高度重视/);
      for (const p of [request, closing]) expect(p.xml, p.text).toMatch(/<w:keepNext\/>|<w:keepNext w:val="(true|1|on)"\/>/);
    }
  });

  it('can be limited to one department', async () => {
    const all = await noticesOf(await buildReminderNotices({ ...seedInput, department: '区司法局' }));
    expect(all).toHaveLength(1);
    expect(all[0][2]).toBe('区司法局：');
    expect(itemMeasures(all[0])).toEqual([27]);
  });

  it('says a chosen department has nothing outstanding instead of writing a notice', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await buildReminderNotices({ ...seedInput, department: '区财政局' }) });
    expect(value).not.toContain('关于加快报送');
    expect(value).toContain('截至2022年1月31日，区财政局承担的1项任务中，按时报送1项，没有未报送或逾期报送的任务，无需催办。');
  });

  it('says a department with no duties in the policy has nothing to chase', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await buildReminderNotices({ ...seedInput, department: '区档案馆' }) });
    expect(value).toContain('区档案馆在《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》（市中政办发〔2021〕14号）中没有承担具体任务，无需催办。');
  });

  it('says when nobody has anything outstanding', async () => {
    const result: ComplianceResult = { ...seedResult, obligations: seedResult.obligations.filter((o) => o.status === 'on_time' || o.status === 'pending') };
    const { value } = await mammoth.extractRawText({ buffer: await buildReminderNotices({ ...seedInput, parts: [{ policy: seedPolicy, result }] }) });
    expect(value).toContain('各责任单位承担的3项任务均已按时报送或尚未到期，无需催办。');
  });

  it('does not crash on an empty matrix', async () => {
    const { value } = await mammoth.extractRawText({
      buffer: await buildReminderNotices({ parts: [{ policy: emptyPolicy, result: emptyResult }], replyBy: '2022-02-10', date: '2022-02-01' }),
    });
    expect(value).toContain('《关于做好某项工作的通知》没有可统计的责任任务，无需催办。');
  });

  it('rejects a reply-by date that is not YYYY-MM-DD', async () => {
    await expect(buildReminderNotices({ ...seedInput, replyBy: '2月10日' })).rejects.toThrow(/报送截止日期/);
  });
});

describe('buildReminderNoticeFiles', () => {
  it('writes one file per department with something outstanding, each holding only its notice', async () => {
    const files = await buildReminderNoticeFiles(seedInput);
    expect(files.map((f) => f.department)).toEqual(departmentsWithOutstanding(seedResult));
    expect(files.map((f) => f.fileName)).toEqual(departmentsWithOutstanding(seedResult).map((d) => `催办通知-${d}.docx`));
    for (const f of files) {
      const all = await noticesOf(f.data);
      expect(all).toHaveLength(1);
      expect(all[0][2]).toBe(`${f.department}：`);
    }
  });

  it('writes no file for a department with nothing outstanding, or when the matrix is empty', async () => {
    expect(await buildReminderNoticeFiles({ ...seedInput, department: '区财政局' })).toEqual([]);
    expect(await buildReminderNoticeFiles({ parts: [{ policy: emptyPolicy, result: emptyResult }], replyBy: '2022-02-10' })).toEqual([]);
  });

  it('writes the one file asked for', async () => {
    const files = await buildReminderNoticeFiles({ ...seedInput, department: '区民政局' });
    expect(files.map((f) => f.fileName)).toEqual(['催办通知-区民政局.docx']);
  });
});

describe('noticeFileName', () => {
  it('replaces characters Windows forbids in file names', () => {
    expect(noticeFileName('区住建局/区城管局')).toBe('催办通知-区住建局_区城管局.docx');
    expect(noticeFileName('某某中心:筹')).toBe('催办通知-某某中心_筹.docx');
    expect(noticeFileName(' . ')).toBe('催办通知-未命名单位.docx');
  });
});

describe('notices over several policies', () => {
  // A second document of the same district: 区民政局 owes on both, 区自然资源局 on the seed only.
  const second = policy({
    title: '关于做好稳就业保民生重点工作的实施方案',
    docNumber: '市中政办发〔2022〕5号',
    issuer: '市中区人民政府办公室',
    issuedOn: '2022-01-05',
    measures: [
      measure(1, '落实稳岗返还政策', { lead: ['区人力资源和社会保障局'], support: ['区民政局'], deadlines: [deadline('1月20日前', '2022-01-20')] }),
      measure(2, '做好困难群众救助', { lead: ['区民政局'], deadlines: [deadline('1月25日前', '2022-01-25')] }),
    ],
  });
  const secondResult: ComplianceResult = {
    ...seedResult,
    obligations: [
      obligation(1, '区人力资源和社会保障局', 'on_time', { due: '2022-01-20', respondedOn: '2022-01-18' }),
      obligation(1, '区民政局', 'missing', { role: 'support', due: '2022-01-20' }),
      obligation(2, '区民政局', 'late', { due: '2022-01-25', respondedOn: '2022-01-28' }),
    ],
    notes: { offDuty: [], unobliged: [], beforeIssue: [] },
  };
  const both: NoticeInput = { ...seedInput, parts: [{ policy: seedPolicy, result: seedResult }, { policy: second, result: secondResult }] };

  it('gives a department that owes on one policy the same notice as that policy alone would', async () => {
    const [alone] = await noticesOf(await buildReminderNotices({ ...seedInput, department: '区自然资源局' }));
    const [among] = await noticesOf(await buildReminderNotices({ ...both, department: '区自然资源局' }));
    expect(among).toEqual(alone);
  });

  it('groups what a department owes under each policy, numbering each group from 1', async () => {
    const [n] = await noticesOf(await buildReminderNotices({ ...both, department: '区民政局' }));
    expect(n[0]).toBe('关于加快报送有关政策文件落实情况的通知');
    expect(n[3]).toBe(
      '按照《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》（市中政办发〔2021〕14号）、《关于做好稳就业保民生重点工作的实施方案》（市中政办发〔2022〕5号）要求，' +
        '截至2022年1月31日，你单位承担的任务中有2项任务未报送落实情况，1项任务逾期报送。现将有关事项通知如下：',
    );
    const first = n.indexOf('（一）《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》（市中政办发〔2021〕14号）');
    const next = n.indexOf('（二）《关于做好稳就业保民生重点工作的实施方案》（市中政办发〔2022〕5号）');
    expect(first).toBeGreaterThan(3);
    expect(itemMeasures(n.slice(first, next))).toEqual([2]);
    expect(n.slice(next + 1, next + 3)).toEqual([
      '1. 第1条“落实稳岗返还政策”（配合）。完成时限：1月20日前（2022年1月20日）。截至2022年1月31日，未报送落实情况。',
      '2. 第2条“做好困难群众救助”（牵头）。完成时限：1月25日前（2022年1月25日）。2022年1月28日报送落实情况，逾期3天。',
    ]);
    expect(n.some((p) => p.includes('请于2022年2月10日前报送上述未报送的落实情况，并书面说明逾期原因。'))).toBe(true);
    // Both documents come from the same office, which signs.
    expect(n.slice(-2)).toEqual(['市中区人民政府办公室', '2022年2月1日']);
  });

  it('writes to every department with something outstanding on any policy, most missing first across them', async () => {
    const files = await buildReminderNoticeFiles(both);
    const departments = files.map((f) => f.department);
    expect(new Set(departments)).toEqual(new Set([...departmentsWithOutstanding(seedResult), '区民政局']));
    expect(departments).toHaveLength(new Set(departments).size);
    // 区民政局 is missing one duty on each policy: more than anyone on either alone.
    expect(departments[0]).toBe('区民政局');
  });

  it('says, over every policy, that a department has nothing outstanding', async () => {
    const settled: ComplianceResult = { ...secondResult, obligations: [obligation(1, '区财政局', 'on_time', { due: '2022-01-20', respondedOn: '2022-01-10' })] };
    const input: NoticeInput = { ...both, parts: [both.parts[0], { policy: second, result: settled }], department: '区财政局' };
    const { value } = await mammoth.extractRawText({ buffer: await buildReminderNotices(input) });
    expect(value).toContain('关于有关政策文件落实情况催办事项的说明');
    expect(value).toContain(
      '截至2022年1月31日，区财政局在《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》（市中政办发〔2021〕14号）、《关于做好稳就业保民生重点工作的实施方案》（市中政办发〔2022〕5号）中承担的2项任务中，按时报送2项，没有未报送或逾期报送的任务，无需催办。',
    );
  });
});

describe('buildReminderNotices: middle headings', () => {
  // 一、（一）1. 2. （二）1. 2. 二、（一）1.: each item under the middle heading it sits under, the heading written once.
  const p = extractPolicy({ paragraphs: threeLevels.map((text, index) => ({ index, text })) });
  const duties: [number, string][] = [[1, '区市场监管局'], [2, '区市场监管局'], [5, '区市场监管局'], [3, '区政务服务中心']];
  const result: ComplianceResult = {
    asOf: '2022-01-31',
    reportDeadline: '2021-12-31',
    obligations: duties.map(([m, d]) => obligation(m, d, 'missing')),
    notes: { offDuty: [], unobliged: [], beforeIssue: [] },
  };
  const noticeOf = async (department: string) =>
    (await noticesOf(await buildReminderNotices({ parts: [{ policy: p, result }], replyBy: '2022-02-10', date: '2022-02-01' }))).find((n) => n[2] === `${department}：`)!;

  it('writes each middle heading once above the items under it, the items numbered on through them', async () => {
    const lines = (await noticeOf('区市场监管局')).filter((l) => /^（[一二]）|^\d+\. /.test(l));
    expect(lines.map((l) => l.replace(/^(\d+\. \S+?条).*$/, '$1'))).toEqual([
      '（一）深化商事制度改革',
      '1. 第一部分第一项第1条',
      '2. 第一部分第一项第2条',
      '（一）优化监管',
      '3. 第二部分第一项第1条',
    ]);
  });

  it('writes only the headings of the department’s own items', async () => {
    const lines = (await noticeOf('区政务服务中心')).filter((l) => /^（[一二]）/.test(l));
    expect(lines).toEqual(['（二）提升政务服务效能']);
  });
});
