// Characters XML 1.0 forbids never reach a .docx: the export opens in LibreOffice whatever the policy, the
// department names or the chosen title carry.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { countXmlForbidden } from '../../shared/text/xml-safe';
import type { ComplianceResult, PolicyExtract } from '../../shared/types';
import { buildComplianceReport, buildReminderNotices } from './index';
import { buildComplianceWorkbook } from './xlsx';
import { readDocx } from './__fixtures__/read-docx';
import { seedPolicy, seedResult } from '../../shared/export/__fixtures__/seed-like';
import { convertToPdf, sofficeCommand } from './__fixtures__/soffice';

const scratch = mkdtempSync(join(tmpdir(), 'xml-safe-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The seed policy and result with U+FFFE in a department name, U+FFFF and a lone surrogate in measure text. */
function hostile(): { policy: PolicyExtract; result: ComplianceResult } {
  const json = JSON.stringify({ policy: seedPolicy, result: seedResult })
    .replaceAll('区财政局', '区财政\\uFFFE局')
    .replaceAll('提升就业', '提升\\uFFFF就业\\ud800')
    .replaceAll('规范执法', '规范\\u0001执法');
  const value = JSON.parse(json) as { policy: PolicyExtract; result: ComplianceResult };
  expect(value.policy.departments.some((d) => d.includes('\uFFFE'))).toBe(true);
  expect(value.policy.measures.some((m) => /\uFFFF/.test(m.text))).toBe(true);
  return value;
}

const soffice = sofficeCommand();
if (!soffice && process.env.CI) throw new Error('CI must have LibreOffice (soffice): .ci/run installs libreoffice-writer-nogui');

describe('exports with characters XML forbids', () => {
  it('writes well-formed parts with the characters dropped', async () => {
    const { policy, result } = hostile();
    const data = await buildComplianceReport({ policy, result, title: '督查\uFFFE报告\u000B', date: '2022-02-01' });
    const { document } = await readDocx(data);
    expect(countXmlForbidden(document)).toBe(0);
    expect(document).toContain('区财政局');
    expect(document).toContain('督查报告');
  });

  it('writes a well-formed workbook with the characters dropped', async () => {
    const { policy, result } = hostile();
    const zip = await JSZip.loadAsync(await buildComplianceWorkbook(policy, result));
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    const sheets = await Promise.all(Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p)).map((p) => zip.file(p)!.async('string')));
    for (const part of [strings, ...sheets]) expect(countXmlForbidden(part)).toBe(0);
    expect(strings + sheets.join('')).toContain('区财政局');
  });

  // Skipped only where LibreOffice is missing on a developer's machine (the title says so); CI installs it and
  // fails without it.
  const needs = soffice ? '' : ' [skipped: soffice not found; apt-get install libreoffice-writer-nogui]';
  it.skipIf(!soffice)(`exports a report, notices and a workbook that LibreOffice converts${needs}`, async () => {
    const { policy, result } = hostile();
    const report = join(scratch, 'report.docx');
    const notices = join(scratch, 'notices.docx');
    writeFileSync(report, await buildComplianceReport({ policy, result, title: '关于\uFFFF落实情况的督查报告', office: '区政府\uFFFE督查室', date: '2022-02-01' }));
    writeFileSync(notices, await buildReminderNotices({ parts: [{ policy, result }], replyBy: '2022-02-10', office: '区政府\uFFFE督查室', date: '2022-02-01' }));
    const book = join(scratch, 'book.xlsx');
    writeFileSync(book, await buildComplianceWorkbook(policy, result));
    const pdfs = convertToPdf(soffice!, [report, notices, book], scratch);
    expect(pdfs).toHaveLength(3);
  });
});
