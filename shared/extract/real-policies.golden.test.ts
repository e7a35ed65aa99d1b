import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';
import { emptyTally, format, readKey, score, sum, tally, type Score, type Tally } from './key-score';
import { extractPolicy } from './policy';

// Real public policies of the genre (State Council and ministries, provinces and cities, districts and counties), each with a
// key written by hand from the text (__fixtures__/real/*.key.txt; sources in __fixtures__/real/INDEX.md). The
// pipeline is scored against the keys: measures (number and label), titles, departments (F1 over measure ×
// body), leads, deadlines (the due dates of each measure). Each score must reach 0.95 over the corpus, and each
// document must read as well as it did: every field right, unless __fixtures__/real/floors.json names the document
// with the scores it reaches (and why it stops there), so that a rule which breaks one document shows here.
const dir = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'real');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.key.txt'))
  .map((f) => f.replace(/\.key\.txt$/, ''));

type Field = keyof Score;
interface Floor extends Partial<Record<Field, number>> {
  why: string;
}
const floors: Record<string, Floor> = JSON.parse(readFileSync(join(dir, 'floors.json'), 'utf8'));

let cached: { name: string; tally: Tally }[] | null = null;
/** Each document read and scored against its key (once for the tests below). */
function tallies(): { name: string; tally: Tally }[] {
  cached ??= names.map((name) => {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const extract = extractPolicy({ paragraphs: repairParagraphs(textBlocks(text)) });
    return { name, tally: tally(extract, readKey(readFileSync(join(dir, `${name}.key.txt`), 'utf8'))) };
  });
  return cached;
}

describe('real policies of the genre against hand-made keys', () => {
  it('has a corpus of real documents with keys', () => expect(names.length).toBeGreaterThanOrEqual(15));

  it('reads them as a careful reader would (each score ≥ 0.95 over the corpus)', () => {
    const tallies_ = tallies();
    const total = score(tallies_.reduce((acc, x) => sum(acc, x.tally), emptyTally()));
    const report = [...tallies_.map((x) => `${x.name.padEnd(36)} ${format(score(x.tally))}`), `${'overall'.padEnd(36)} ${format(total)}`].join('\n');
    if (process.env.LUOSHI_GOLDEN_REPORT) console.log(report);
    const failing = Object.entries(total).filter(([, v]) => v < 0.95);
    expect(failing.length === 0 ? 'ok' : `below 0.95: ${failing.map(([k]) => k).join(', ')}\n${report}`).toBe('ok');
  });

  it('reads each document as well as it did: every field right unless floors.json says how far it gets', () => {
    for (const name of Object.keys(floors)) expect(names, `floors.json names ${name}, which has no key`).toContain(name);
    const worse: string[] = [];
    for (const { name, tally: t } of tallies()) {
      const floor = floors[name];
      for (const [field, value] of Object.entries(score(t)) as [Field, number][]) {
        const least = floor?.[field] ?? 1;
        // floors are written to three places
        if (value < least - 0.0005) worse.push(`${name} ${field} ${value.toFixed(3)} < ${least.toFixed(3)}`);
      }
    }
    expect(worse).toEqual([]);
  });
});
