// Every keyed real report typed into Word and printed to PDF, as offices send them: its paragraphs as the text importer
// reads them, retyped as a reader would (renditions/typed-layout.ts: the signers and the date set to the right, rows
// as a real table), LibreOffice printing each .docx to PDF on A4 in one run. Both files go through importFile, and who
// reports and when must read from them as from the text (misreading.ts holds each reading to index.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph } from '../../shared/types';
import { misreading, type ReportKey } from '../../shared/submission/__fixtures__/real/misreading';
import { repairParagraphs } from '../../shared/text/repair';
import { sofficeCommand } from '../export/__fixtures__/soffice';
import { typedRenditions } from './__fixtures__/renditions/typed-corpus';
import { textBlocks } from './text';

const here = join(__dirname, '..', '..', 'shared', 'submission', '__fixtures__', 'real');
const key: { importDateForUndated: string; reports: Record<string, ReportKey> } = JSON.parse(readFileSync(join(here, 'index.json'), 'utf8'));
const files = Object.keys(key.reports).sort();
const stem = (file: string) => file.replace(/\.txt$/, '');

/**
 * Reports whose rendition still reads otherwise than their text, each with what goes wrong. The test fails when one
 * of them reads right, so the table only ever shrinks.
 */
const EXCEPTIONS: Record<string, { format: 'docx' | 'pdf'; reason: string }[]> = {
  // Web-page chrome kept in the stored text, which the retyping sets as the office's own text.
  'fuling-supervision.txt': [
    { format: 'docx', reason: 'the site’s letter-spaced tabs (部 门 / 街 镇) become paragraphs; 街镇 reads as a body' },
    { format: 'pdf', reason: 'the same tabs, and the page’s • 发布机构 • … list runs onto one line' },
  ],
  'shanghai-inspection.txt': [{ format: 'pdf', reason: 'the title, typed as a body paragraph, wraps inside a word and its last line runs into the page’s 来源 line under it' }],
  'huangpi-plan.txt': [{ format: 'pdf', reason: 'the page’s metadata table, one cell a line (发文单位 / 黄陂区发展和改革局), runs onto the lines beside it' }],
  'langxi-proposals.txt': [
    { format: 'docx', reason: 'the page’s metadata table (发布机构 | …(外事办)) typed as a table: 外事办 read as a body from its cell' },
    { format: 'pdf', reason: 'the same table' },
  ],
  'linshu-finance.txt': [
    { format: 'docx', reason: 'the page’s layout table (rows of bare pipes) typed as a table; its date cell (2022-07-01点击数:) is no dateline' },
    { format: 'pdf', reason: 'the same table' },
  ],
  'sanitation-team-brief.txt': [
    { format: 'docx', reason: 'the blog’s byline (2018-12-25 本文已影响0人 …) retyped as a paragraph joined to the next' },
    { format: 'pdf', reason: 'the same byline' },
  ],
  'yuyao-audit.txt': [{ format: 'pdf', reason: 'the page title carries a row of bare pipes, typed as a table row the PDF reads as a rule, title lost' }],
  'linfen-hospital-feedback.txt': [
    { format: 'pdf', reason: 'the site’s greeting stands first, so the news title is typed as an indented paragraph that nearly fills its line and reads as wrapped into the 发布时间 line under it' },
  ],
  'shenzhen-audit-rectification.txt': [
    { format: 'pdf', reason: 'the page runs the title and its meeting line into one paragraph (…的报告——2023年4月在…会议上), whose wrapped end nearly fills its line and runs into the next paragraph' },
  ],
  // Not yet mended: a reading of a PDF an office would send.
  'xinshao-finance.txt': [{ format: 'pdf', reason: 'a page of short list lines measures its text width from them, so each reads as full and runs into the next' }],
};

const soffice = sofficeCommand();
const problems: Record<string, Record<'txt' | 'docx' | 'pdf', string[]>> = {};

beforeAll(async () => {
  if (!soffice) return;
  const texts = new Map(files.map((f) => [stem(f), repairParagraphs(textBlocks(readFileSync(join(here, 'reports', f), 'utf8')))]));
  const renditions = await typedRenditions(soffice, texts, 'luoshi-report-renditions-');
  const wrong = (paragraphs: Paragraph[] | string, file: string) =>
    typeof paragraphs === 'string' ? [paragraphs] : misreading(paragraphs, key.reports[file], key.importDateForUndated);
  for (const file of files) {
    const r = renditions.get(stem(file))!;
    problems[file] = { txt: wrong(texts.get(stem(file))!, file), docx: wrong(r.docx, file), pdf: wrong(r.pdf, file) };
  }
  if (process.env.LUOSHI_GOLDEN_REPORT) {
    const formats = ['txt', 'docx', 'pdf'] as const;
    const lines = files.flatMap((f) => formats.filter((k) => problems[f][k].length > 0).map((k) => `${`${f} ${k}`.padEnd(48)} ${problems[f][k].join('；')}`));
    console.log(lines.join('\n'));
  }
}, 600_000);

const title = soffice ? 'every real report typed into Word and printed to PDF' : 'every real report typed into Word and printed to PDF (skipped: LibreOffice’s soffice is not installed)';

describe.skipIf(!soffice)(title, () => {
  it('types the whole corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(190);
    expect(Object.keys(problems)).toHaveLength(files.length);
  });

  it.each(files)('%s reads its senders and date from the .docx and the .pdf as from its text', (file) => {
    const p = problems[file];
    if (p.txt.length > 0) return; // read wrong from its text too: real-reports-imported.test.ts names it
    const excused = new Set((EXCEPTIONS[file] ?? []).map((e) => e.format));
    const read = (format: 'docx' | 'pdf') => (excused.has(format) ? p[format].length > 0 : p[format]);
    expect({ docx: read('docx'), pdf: read('pdf') }).toEqual({ docx: excused.has('docx') || [], pdf: excused.has('pdf') || [] });
  });
});
