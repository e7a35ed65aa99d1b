import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildComplianceReport } from './index';
import { bodyParagraphs, readDocx, tablesOf, textBefore, type TableInfo } from './__fixtures__/read-docx';
import { seedPolicy, seedResult } from '../../shared/export/__fixtures__/seed-like';
import { emptyPolicy, emptyResult, variedPolicy, variedResult } from '../../shared/export/__fixtures__/varied';
import type { ComplianceResult, PolicyExtract } from '../../shared/types';
import { extractPolicy } from '../../shared/extract/policy';
import { threeLevels } from '../../shared/extract/__fixtures__/three-levels';
import { obligation } from '../../shared/export/__fixtures__/builders';

const seedReport = () => buildComplianceReport({ policy: seedPolicy, result: seedResult, date: '2022-02-01' });

function tableAfter(xml: string, tables: TableInfo[], heading: string): TableInfo {
  const table = tables.find((t) => textBefore(xml, t).startsWith(heading));
  if (!table) throw new Error(`no table after ${heading}`);
  return table;
}

/** Rows under the header: group rows as one cell, obligation rows as their cells. */
const bodyRows = (t: TableInfo) => t.rows.filter((r) => !r.header).map((r) => r.cells);

describe('buildComplianceReport: content', () => {
  it('opens with the title, the policy it tracks and the as-of date', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await seedReport() });
    const text = value.replace(/\n/g, '');
    expect(text).toContain('关于《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》落实情况的督查报告');
    expect(text).toContain('（市中政办发〔2021〕14号）');
    expect(text).toContain('统计截至2022年1月31日');
  });

  it('counts obligations by status and gives the on-time rate of those due', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await seedReport() });
    expect(value).toContain('8项任务中，按时报送2项，逾期报送2项，未报送3项，未到期1项');
    expect(value).toContain('已到期的7项任务按时报送率为28.6%');
  });

  it('has a department table matching the result, laggards first, with totals', async () => {
    const { document } = await readDocx(await seedReport());
    const table = tableAfter(document, tablesOf(document), '各责任单位任务完成情况');
    expect(table.rows[0].cells).toEqual(['责任单位', '任务数', '按时报送', '逾期报送', '未报送', '未到期']);
    const rows = bodyRows(table);
    expect(rows).toEqual([
      ['区民政局', '1', '0', '0', '1', '0'],
      ['区市场监管局', '1', '0', '0', '1', '0'],
      ['区司法局', '1', '0', '0', '1', '0'],
      ['区人力资源和社会保障局', '2', '1', '1', '0', '0'],
      ['区自然资源局', '1', '0', '1', '0', '0'],
      ['区财政局', '1', '1', '0', '0', '0'],
      ['区政府办公室', '1', '0', '0', '0', '1'],
      ['合计', '8', '2', '2', '3', '1'],
    ]);
    // Each department's row agrees with its obligations in the result.
    for (const [department, total, onTime, late, missing, pending] of rows.slice(0, -1)) {
      const own = seedResult.obligations.filter((o) => o.department === department);
      const n = (s: string) => String(own.filter((o) => o.status === s).length);
      expect([total, onTime, late, missing, pending]).toEqual([String(own.length), n('on_time'), n('late'), n('missing'), n('pending')]);
    }
  });

  it('lists missing and late obligations grouped by department', async () => {
    const { document } = await readDocx(await seedReport());
    const tables = tablesOf(document);
    const missing = tableAfter(document, tables, '（一）未报送任务（3项）');
    expect(bodyRows(missing)).toEqual([
      ['区民政局（1项）'],
      ['2', '提高职业技能', '配合', '2021年12月31日'],
      ['区市场监管局（1项）'],
      ['1', '提升就业服务', '配合', '2021年11月30日'],
      ['区司法局（1项）'],
      ['27', '规范执法行为', '牵头', '2021年9月30日'],
    ]);
    const late = tableAfter(document, tables, '（二）逾期报送任务（2项）');
    expect(late.rows[0].cells).toEqual(['序号', '措施（职责）', '完成时限', '报送日期', '逾期天数']);
    expect(bodyRows(late)).toEqual([
      ['区人力资源和社会保障局（1项）'],
      ['2', '提高职业技能（牵头）', '2021年12月31日', '2022年1月10日', '10'],
      ['区自然资源局（1项）'],
      ['12', '加快推进“标准地”改革（牵头）', '2022年1月4日', '2022年1月12日', '8'],
    ]);
    // Every missing or late obligation of the result is listed once.
    const listed = [...bodyRows(missing), ...bodyRows(late)].filter((r) => r.length > 1).length;
    expect(listed).toBe(seedResult.obligations.filter((o) => o.status === 'missing' || o.status === 'late').length);
  });

  it('details each measure: departments with roles, deadline, status and a short quote', async () => {
    const paragraphs = bodyParagraphs((await readDocx(await seedReport())).document).map((p) => p.text);
    const at = paragraphs.indexOf('1. 提升就业服务');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs[at + 1]).toBe('责任单位：区人力资源和社会保障局（牵头）、区市场监管局（配合）。');
    expect(paragraphs[at + 2]).toBe('完成时限：11月底前（2021年11月30日）。');
    expect(paragraphs[at + 3]).toMatch(/^区人力资源和社会保障局（牵头）：按时报送，2021年11月20日报送。报告称：“(.+)”（区人社局落实情况报告）。$/);
    const quote = /“(.+)”/.exec(paragraphs[at + 3])![1];
    expect(Array.from(quote).length).toBeLessThanOrEqual(60);
    expect(quote.startsWith('按照‘放管服’改革要求，我局已于11月中旬')).toBe(true);
    expect(paragraphs[at + 4]).toBe('区市场监管局（配合）：未报送（时限为2021年11月30日）。');
    expect(paragraphs).toContain('（二）推动扩大有效投资');
    expect(paragraphs).toContain('区自然资源局（牵头）：逾期报送，2022年1月12日报送，逾期8天；共4期，其中按时报送1期、逾期报送2期、未报送1期。');
    expect(paragraphs).toContain('责任单位：由各级各部门按职责分工负责，未明确具体责任单位，未纳入统计。');
  });

  it('explains what the counts leave out', async () => {
    const paragraphs = bodyParagraphs((await readDocx(await seedReport())).document).map((p) => p.text);
    expect(paragraphs).toContain('四、有关说明');
    expect(paragraphs.some((p) => p.includes('《区财政局关于第12条的报告》涉及第12条措施'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('报送单位区档案馆在政策中没有承担任务'))).toBe(true);
  });

  it('ends with the office and the date, and takes a custom title, office and date', async () => {
    const custom = await buildComplianceReport({
      policy: seedPolicy,
      result: seedResult,
      title: '“放管服”改革落实情况通报',
      office: '区政府督查室',
      date: '2022-02-03',
    });
    const paragraphs = bodyParagraphs((await readDocx(custom)).document);
    expect(paragraphs[0].text.replace(/\n/g, '')).toBe('“放管服”改革落实情况通报');
    expect(paragraphs.slice(-2).map((p) => [p.text, p.align])).toEqual([
      ['区政府督查室', 'right'],
      ['2022年2月3日', 'right'],
    ]);
    const seed = bodyParagraphs((await readDocx(await seedReport())).document);
    expect(seed.slice(-2).map((p) => p.text)).toEqual(['市中区人民政府办公室', '2022年2月1日']);
  });

  it('defaults the date to today', async () => {
    const now = new Date();
    const today = `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
    const paragraphs = bodyParagraphs((await readDocx(await buildComplianceReport({ policy: seedPolicy, result: seedResult }))).document);
    expect(paragraphs[paragraphs.length - 1].text).toBe(today);
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    await expect(buildComplianceReport({ policy: seedPolicy, result: seedResult, date: '2022/02/01' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('buildComplianceReport: other policies of the genre', () => {
  const variedReport = async () =>
    bodyParagraphs((await readDocx(await buildComplianceReport({ policy: variedPolicy, result: variedResult, date: '2024-01-16' }))).document).map(
      (p) => p.text,
    );

  it('lists measures without section headings when the policy has no sections', async () => {
    const paragraphs = await variedReport();
    const part = paragraphs.slice(paragraphs.indexOf('二、各项措施落实情况'), paragraphs.indexOf('三、未报送和逾期报送任务'));
    expect(part.filter((p) => /^（[一二三四五六七八九十]+）/.test(p))).toEqual([]);
    expect(part).toContain('1. 健全工作机制');
  });

  it('nests book-title marks, names joint duties and the reporting deadline', async () => {
    const paragraphs = await variedReport();
    expect(paragraphs[0].replace(/\n/g, '')).toBe('关于《关于印发〈示范县创建三年行动方案〉的通知》落实情况的督查报告');
    expect(paragraphs).toContain('责任单位：县发展改革局（共同负责）、县农业农村局（共同负责）。');
    expect(paragraphs).toContain('完成时限：长期坚持（按统一报送期限2023年11月30日统计）。');
    expect(paragraphs).toContain('1. 未明确完成时限的任务，按统一报送期限2023年11月30日统计。');
  });

  it('skips service time limits, keeps periods and flags deadlines before issue', async () => {
    const paragraphs = await variedReport();
    expect(paragraphs.some((p) => p.includes('受理后8个工作日内'))).toBe(false);
    expect(paragraphs).toContain('完成时限：2023年1月至12月（至2023年12月31日）。');
    expect(paragraphs).toContain('2. 第2条措施的时限“2月底前”（2023年2月28日）早于政策印发日期，请核实。');
  });

  it('still reports an obligation whose measure the extract lacks', async () => {
    const paragraphs = await variedReport();
    expect(paragraphs).toContain('7. 第7条措施（政策文本中未识别）');
    expect(paragraphs).toContain('县农业农村局（牵头）：未报送（时限为2023年10月31日）。');
  });

  it('leaves the office out when neither the input nor the policy names one', async () => {
    const paragraphs = await variedReport();
    expect(paragraphs.slice(-2)).toEqual(['', '2024年1月16日']);
  });
});

describe('buildComplianceReport: nothing to count', () => {
  it('says so for an empty matrix, without tables', async () => {
    const data = await buildComplianceReport({ policy: emptyPolicy, result: emptyResult, date: '2022-02-01' });
    const { document } = await readDocx(data);
    const text = bodyParagraphs(document).map((p) => p.text);
    expect(text[0].replace(/\n/g, '')).toBe('关于《关于做好某项工作的通知》落实情况的督查报告');
    expect(text.some((p) => p.includes('没有可统计的责任任务'))).toBe(true);
    expect(text).toContain('现将《关于做好某项工作的通知》落实情况报告如下（统计截至2022年1月31日）。');
    expect(tablesOf(document)).toEqual([]);
  });

  it('says so when the measures name no specific department', async () => {
    const data = await buildComplianceReport({ policy: seedPolicy, result: emptyResult, date: '2022-02-01' });
    const text = bodyParagraphs((await readDocx(data)).document).map((p) => p.text);
    expect(text.some((p) => p.includes('政策中的措施均未明确具体责任单位，没有可统计的责任任务'))).toBe(true);
  });

  it('shows no rate when nothing is due yet', async () => {
    const result: ComplianceResult = { ...seedResult, obligations: seedResult.obligations.map((o) => ({ ...o, status: 'pending' as const })) };
    const { value } = await mammoth.extractRawText({ buffer: await buildComplianceReport({ policy: seedPolicy, result, date: '2022-02-01' }) });
    expect(value).toContain('目前尚无到期任务');
    expect(value).not.toContain('按时报送率');
    expect(value).toContain('截至2022年1月31日，没有已到期但未报送的任务。');
  });
});

describe('buildComplianceReport: middle headings', () => {
  // 一、 → （一） → 1.: the report writes each （一） heading once, as the ledger does, above the measures under it.
  const threeLevelPolicy = () => extractPolicy({ paragraphs: threeLevels.map((text, index) => ({ index, text })) });
  const resultFor = (p: PolicyExtract): ComplianceResult => ({
    asOf: '2022-01-31',
    reportDeadline: '2021-12-31',
    obligations: p.measures.map((m) => obligation(m.number, m.lead[0], 'missing')),
    notes: { offDuty: [], unobliged: [], beforeIssue: [] },
  });
  const measuresPart = async (p: PolicyExtract) => {
    const paragraphs = bodyParagraphs((await readDocx(await buildComplianceReport({ policy: p, result: resultFor(p), date: '2022-02-01' }))).document);
    const texts = paragraphs.map((x) => x.text);
    return paragraphs.slice(texts.indexOf('二、各项措施落实情况'), texts.indexOf('三、未报送和逾期报送任务'));
  };

  it('prints each middle heading once, above its measures and under its section', async () => {
    const part = (await measuresPart(threeLevelPolicy())).map((x) => x.text);
    const headingsAndMeasures = part.filter((t) => /^（[一二]）|^[一二]、（/.test(t));
    expect(headingsAndMeasures).toEqual([
      '（一）主要任务',
      '（一）深化商事制度改革',
      '一、（一）1. 压缩开办时间',
      '一、（一）2. 推行证照分离',
      '（二）提升政务服务效能',
      '一、（二）1. 推行全程网办',
      '一、（二）2. 快速回应诉求',
      '（二）强化落实',
      '（一）优化监管',
      '二、（一）1. 推行信用监管',
    ]);
  });

  it('sets the middle heading in 楷体, unbolded, kept with the measure under it', async () => {
    const heading = (await measuresPart(threeLevelPolicy())).find((x) => x.text === '（一）深化商事制度改革');
    expect(heading?.runs.every((r) => /楷体/.test(r.fonts.eastAsia ?? '') && !r.bold)).toBe(true);
    expect(heading?.xml).toContain('<w:keepNext/>');
  });

  it('prints none where the measures sit right under their sections', async () => {
    const part = (await measuresPart(seedPolicy)).map((x) => x.text);
    expect(part.filter((t) => /^（[一二三四五六七八九十]+）/.test(t)).length).toBe(seedPolicy.sections.length);
  });
});
