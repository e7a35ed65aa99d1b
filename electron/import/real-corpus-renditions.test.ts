// Every keyed real policy typed into Word and printed to PDF: its paragraphs as the text importer reads them, retyped
// as a reader would (renditions/typed-layout.ts: paragraphs as paragraphs, rows as a real table in columns of one
// width, category lines as bands), LibreOffice printing each .docx to PDF on A4. Both files go through importFile and
// extractPolicy and must read every field against the document's key as well as its text does. The hand-made layouts
// of real-renditions.test.ts set the offices' own tables; this test sets the same plain layout on the whole corpus,
// where page turns fall wherever the text puts them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyTally, fieldsBelow, format, readKey, score, sum, tally, type Score, type Tally } from '../../shared/extract/key-score';
import { extractPolicy } from '../../shared/extract/policy';
import type { Paragraph } from '../../shared/types';
import { repairParagraphs } from '../../shared/text/repair';
import { sofficeCommand } from '../export/__fixtures__/soffice';
import { typedRenditions } from './__fixtures__/renditions/typed-corpus';
import { textBlocks } from './text';

const corpus = join(__dirname, '..', '..', 'shared', 'extract', '__fixtures__', 'real');
const names = readdirSync(corpus)
  .filter((f) => f.endsWith('.key.txt'))
  .map((f) => f.replace(/\.key\.txt$/, ''))
  .sort();

const soffice = sofficeCommand();
const scores: Record<string, Record<'txt' | 'docx' | 'pdf', Score>> = {};
const tallies: Record<'txt' | 'docx' | 'pdf', Tally> = { txt: emptyTally(), docx: emptyTally(), pdf: emptyTally() };

beforeAll(async () => {
  if (!soffice) return;
  const texts = new Map(names.map((n) => [n, repairParagraphs(textBlocks(readFileSync(join(corpus, `${n}.txt`), 'utf8')))]));
  const renditions = await typedRenditions(soffice, texts, 'luoshi-corpus-renditions-');
  const policy = (paragraphs: Paragraph[] | string) => extractPolicy({ paragraphs: typeof paragraphs === 'string' ? [] : paragraphs });
  for (const name of names) {
    const key = readKey(readFileSync(join(corpus, `${name}.key.txt`), 'utf8'));
    const r = renditions.get(name)!;
    const t = {
      txt: tally(extractPolicy({ paragraphs: texts.get(name)! }), key),
      docx: tally(policy(r.docx), key),
      pdf: tally(policy(r.pdf), key),
    };
    scores[name] = { txt: score(t.txt), docx: score(t.docx), pdf: score(t.pdf) };
    for (const f of ['txt', 'docx', 'pdf'] as const) tallies[f] = sum(tallies[f], t[f]);
  }
  if (process.env.LUOSHI_GOLDEN_REPORT) {
    const lines = names.flatMap((n) => (['docx', 'pdf'] as const).map((f) => `${`${n} ${f}`.padEnd(64)} ${format(scores[n][f])}`));
    for (const f of ['txt', 'docx', 'pdf'] as const) lines.push(`${`overall ${f}`.padEnd(64)} ${format(score(tallies[f]))}`);
    console.log(lines.join('\n'));
  }
}, 600_000);

const title = soffice ? 'every real policy typed into Word and printed to PDF' : 'every real policy typed into Word and printed to PDF (skipped: LibreOffice’s soffice is not installed)';

describe.skipIf(!soffice)(title, () => {
  it('types the whole corpus, tables among it', () => {
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(scores)).toHaveLength(names.length);
  });

  const worse = (name: string, format: 'docx' | 'pdf') => fieldsBelow(scores[name][format], scores[name].txt);

  it.each(names)('%s reads from the .docx and the .pdf as well as from its text', (name) => {
    expect({ docx: worse(name, 'docx'), pdf: worse(name, 'pdf') }).toEqual({ docx: [], pdf: [] });
  });
});
