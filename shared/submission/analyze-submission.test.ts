import { describe, expect, it } from 'vitest';
import { report, seedDirectory, seedLinking } from './__fixtures__/seed';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSubmission, NO_LINK_WARNING, readSenderAndDate } from './analyze-submission';

const analyze = (name: string) => analyzeSubmission(report(name, '2022-01-10'), seedLinking, seedDirectory);

describe('analyzeSubmission', () => {
  it('reads a signed report that refers to measures by number', () => {
    const a = analyze('minzheng-references.txt');
    expect(a).toMatchObject({
      file: 'minzheng-references.txt',
      departments: ['区民政局'],
      rawDepartments: ['区民政局'],
      date: '2021-11-30',
      dateSource: 'signature',
      measures: [2, 21, 23],
      warnings: [],
    });
  });

  it('folds the department names to the policy’s spelling', () => {
    const a = analyze('shichang-content.txt');
    expect(a.departments).toEqual(['区市场监管局']);
    expect(a.rawDepartments).toEqual(['区市场监管局', '区市场监督管理局']);
    expect(a.date).toBe('2021-12-08');
  });

  it('counts a joint report for each department', () => {
    const a = analyze('joint-table.txt');
    expect(a.departments).toEqual(['区发展和改革委员会', '区商务和投资促进局']);
  });

  it('reads a header line for department and date', () => {
    const a = analyze('finance-header.txt');
    expect(a).toMatchObject({ departments: ['区财政局'], date: '2021-11-30', dateSource: 'header' });
  });

  it('dates an undated report by its import date, with a warning', () => {
    const a = analyze('undated.txt');
    expect(a).toMatchObject({ departments: ['区司法局'], date: '2022-01-10', dateSource: 'import', measures: [27] });
    expect(a.warnings).toEqual(['未找到报告日期，按导入日期计']);
  });

  it('resolves a short name in the title brackets', () => {
    expect(analyze('short-name-title.txt').departments).toEqual(['区民政局']);
  });

  it('reads a letterhead report with a contact line after the date', () => {
    const a = analyze('letterhead.txt');
    expect(a).toMatchObject({ departments: ['区民政局'], rawDepartments: ['市中区民政局'], date: '2021-12-01', dateSource: 'signature', warnings: [] });
  });

  it('reads text extracted from a PDF, spaces and all', () => {
    const a = analyze('pdf-spacing.txt');
    expect(a).toMatchObject({ departments: ['区司法局'], date: '2021-10-08', dateSource: 'signature', measures: [27] });
  });

  it('flags a report dated before the policy was issued, and no report dated after it', () => {
    const input = report('minzheng-references.txt', '2022-01-10');
    const lastYear = { ...input, paragraphs: input.paragraphs.map((p) => ({ ...p, text: p.text.replace('2021年11月30日', '2020年11月30日') })) };
    const a = analyzeSubmission(lastYear, seedLinking, seedDirectory);
    expect(a.date).toBe('2020-11-30');
    expect(a.warnings).toEqual(['报告日期 2020-11-30 早于政策成文日期 2021-09-06，请核对报告日期或年份']);
    expect(analyze('minzheng-references.txt').warnings).toEqual([]);
  });

  it('says so when a document answers no measure', () => {
    const a = analyze('meeting-notice.txt');
    expect(a.measures).toEqual([]);
    expect(a.links).toEqual([]);
    expect(a.warnings).toContain(NO_LINK_WARNING);
  });

  // The import's workers read who sent a report and when while its terms are being cut, then hand that reading in.
  it('gives the same analysis when the senders and date were read beforehand', () => {
    const names = readdirSync(join(__dirname, '__fixtures__', 'reports')).filter((f) => f.endsWith('.txt'));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const input = report(name, '2022-01-10');
      const read = readSenderAndDate(input.paragraphs, input.importDate, seedLinking, seedDirectory);
      expect(analyzeSubmission(input, seedLinking, seedDirectory, {}, read), name).toEqual(analyzeSubmission(input, seedLinking, seedDirectory));
    }
  });

  it('takes the senders and date it is handed, as read', () => {
    const input = report('minzheng-references.txt', '2022-01-10');
    const read = readSenderAndDate(report('finance-header.txt', '2022-01-10').paragraphs, input.importDate, seedLinking, seedDirectory);
    const a = analyzeSubmission(input, seedLinking, seedDirectory, {}, read);
    expect(a).toMatchObject({ departments: ['区财政局'], date: '2021-11-30', measures: [2, 21, 23] });
  });
});
