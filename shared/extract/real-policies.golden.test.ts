import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';
import { emptyTally, format, readKey, score, sum, tally } from './key-score';
import { extractPolicy } from './policy';

// Real public policies of the genre (State Council and ministries, provinces and cities, districts and counties), each with a
// key written by hand from the text (__fixtures__/real/*.key.txt; sources in __fixtures__/real/INDEX.md). The
// pipeline is scored against the keys: measures (number and label), titles, departments (F1 over measure ×
// body), leads, deadlines (the due dates of each measure). Each score must reach 0.95 over the corpus.
const dir = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'real');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.key.txt'))
  .map((f) => f.replace(/\.key\.txt$/, ''));

describe('real policies of the genre against hand-made keys', () => {
  it('has a corpus of real documents with keys', () => expect(names.length).toBeGreaterThanOrEqual(15));

  it('reads them as a careful reader would (each score ≥ 0.95 over the corpus)', () => {
    const tallies = names.map((name) => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const extract = extractPolicy({ paragraphs: repairParagraphs(textBlocks(text)) });
      return { name, tally: tally(extract, readKey(readFileSync(join(dir, `${name}.key.txt`), 'utf8'))) };
    });
    const total = score(tallies.reduce((acc, x) => sum(acc, x.tally), emptyTally()));
    const report = [...tallies.map((x) => `${x.name.padEnd(36)} ${format(score(x.tally))}`), `${'overall'.padEnd(36)} ${format(total)}`].join('\n');
    if (process.env.LUOSHI_GOLDEN_REPORT) console.log(report);
    const failing = Object.entries(total).filter(([, v]) => v < 0.95);
    expect(failing.length === 0 ? 'ok' : `below 0.95: ${failing.map(([k]) => k).join(', ')}\n${report}`).toBe('ok');
  });
});
