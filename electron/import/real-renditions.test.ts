// Real keyed policies as offices send them: each layout (__fixtures__/renditions/*.layout.json, the document's
// paragraphs and tables written by hand from its committed text) is typed into a .docx with real Word tables, merged
// cells and repeated header rows, and LibreOffice prints that .docx to PDF on a narrow page, so that the tables break
// across pages. Both files go through importFile and extractPolicy, and must read against the document's key as well as
// its text does.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTally, fieldsBelow, format, readKey, score, sum, tally, type Score, type Tally } from '../../shared/extract/key-score';
import { extractPolicy } from '../../shared/extract/policy';
import { repairParagraphs } from '../../shared/text/repair';
import { convertToPdfAsync, sofficeCommand } from '../export/__fixtures__/soffice';
import { imported } from './__fixtures__/imported';
import { layoutDocx, type Layout } from './__fixtures__/renditions/layout-docx';
import { textBlocks } from './text';

const root = join(__dirname, '..', '..');
const layoutDir = join(__dirname, '__fixtures__', 'renditions');
const names = readdirSync(layoutDir)
  .filter((f) => f.endsWith('.layout.json'))
  .map((f) => f.replace(/\.layout\.json$/, ''));
const layouts = Object.fromEntries(names.map((n) => [n, JSON.parse(readFileSync(join(layoutDir, `${n}.layout.json`), 'utf8')) as Layout]));

const soffice = sofficeCommand();
let work = '';
const scores: Record<string, Record<'txt' | 'docx' | 'pdf', Score>> = {};
type Heading = { title: string; docNumber: string | null };
const headings: Record<string, Record<'txt' | 'docx' | 'pdf', Heading>> = {};
const tallies: Record<'txt' | 'docx' | 'pdf', Tally> = { txt: emptyTally(), docx: emptyTally(), pdf: emptyTally() };

function keyOf(layout: Layout) {
  return readKey(readFileSync(join(root, layout.source.replace(/\.txt$/, '.key.txt')), 'utf8'));
}

beforeAll(async () => {
  if (!soffice) return;
  work = mkdtempSync(join(tmpdir(), 'luoshi-renditions-'));
  mkdirSync(join(work, 'pdf'));
  const files: string[] = [];
  for (const name of names) {
    const file = join(work, `${name}.docx`);
    writeFileSync(file, await layoutDocx(layouts[name]));
    files.push(file);
  }
  const pdfs = await convertToPdfAsync(soffice, files, join(work, 'pdf'));
  expect(pdfs.length).toBe(files.length);
  for (const name of names) {
    const layout = layouts[name];
    const key = keyOf(layout);
    const text = readFileSync(join(root, layout.source), 'utf8');
    const policies = {
      txt: extractPolicy({ paragraphs: repairParagraphs(textBlocks(text)) }),
      docx: extractPolicy({ paragraphs: (await imported(join(work, `${name}.docx`))).paragraphs }),
      pdf: extractPolicy({ paragraphs: (await imported(join(work, 'pdf', `${name}.pdf`))).paragraphs }),
    };
    headings[name] = {
      txt: { title: policies.txt.title, docNumber: policies.txt.docNumber },
      docx: { title: policies.docx.title, docNumber: policies.docx.docNumber },
      pdf: { title: policies.pdf.title, docNumber: policies.pdf.docNumber },
    };
    const txt = tally(policies.txt, key);
    const docx = tally(policies.docx, key);
    const pdf = tally(policies.pdf, key);
    scores[name] = { txt: score(txt), docx: score(docx), pdf: score(pdf) };
    tallies.txt = sum(tallies.txt, txt);
    tallies.docx = sum(tallies.docx, docx);
    tallies.pdf = sum(tallies.pdf, pdf);
  }
  if (process.env.LUOSHI_GOLDEN_REPORT) {
    const lines = names.flatMap((n) =>
      (['txt', 'docx', 'pdf'] as const).map((f) => `${`${n} ${f}`.padEnd(48)} ${format(scores[n][f])} | ${headings[n][f].title} | ${headings[n][f].docNumber ?? '-'}`),
    );
    for (const f of ['txt', 'docx', 'pdf'] as const) lines.push(`${`overall ${f}`.padEnd(48)} ${format(score(tallies[f]))}`);
    console.log(lines.join('\n'));
  }
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const title = soffice ? 'real policies typed into Word and printed to PDF' : 'real policies typed into Word and printed to PDF (skipped: LibreOffice’s soffice is not installed)';

describe.skipIf(!soffice)(title, () => {
  it('has task tables and numbered prose among the layouts', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
    const withTables = names.filter((n) => layouts[n].blocks.some((b) => 'table' in b));
    expect(withTables.length).toBeGreaterThanOrEqual(3);
    expect(names.length - withTables.length).toBeGreaterThanOrEqual(2);
  });

  it.each(names)('%s reads from the .docx as well as from its text', (name) => {
    const worse = fieldsBelow(scores[name].docx, scores[name].txt);
    expect(worse.length === 0 ? 'ok' : `docx ${format(scores[name].docx)} < txt ${format(scores[name].txt)}`).toBe('ok');
  });

  it.each(names)('%s reads from the .pdf as well as from its text', (name) => {
    const worse = fieldsBelow(scores[name].pdf, scores[name].txt);
    expect(worse.length === 0 ? 'ok' : `pdf ${format(scores[name].pdf)} < txt ${format(scores[name].txt)}`).toBe('ok');
  });

  // The title and 发文字号 are shown, exported and matched against the reports that cite the policy: a title line
  // printed above its 文号 must come out of Word and PDF as two fields, not one run-on title.
  const headed = names.filter((n) => layouts[n].title !== undefined);
  it.each(headed.flatMap((n) => (['docx', 'pdf'] as const).map((f) => [n, f] as const)))('%s reads its title and 文号 from the .%s', (name, format) => {
    const layout = layouts[name];
    expect(headings[name][format].title).toBe(layout.title);
    if (layout.docNumber !== undefined) expect(headings[name][format].docNumber).toBe(layout.docNumber);
  });
});
