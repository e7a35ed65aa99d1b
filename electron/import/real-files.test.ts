// Real files of the genre in the formats offices send them (a PDF printed with running heads and page numbers, a
// Word file, a Word 97–2003 file), each read through its importer and the extraction, and scored against a key
// written by hand from the file as it prints (__fixtures__/real-files/*.key.txt; sources in SOURCES.md). The
// scoring is the text corpus's (shared/extract/key-score.ts); each score must reach 0.95 over the set. A key whose
// file is not on the disk is reported and skipped (see SOURCES.md for where each file comes from).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../../shared/extract/departments';
import { emptyTally, format, readKey, score, sum, tally, type Tally } from '../../shared/extract/key-score';
import { extractPolicy } from '../../shared/extract/policy';
import { importFile } from './index';

const dir = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'real-files');
// SOURCES.md's table: | file | document | source | bytes | SHA-256 |
const sources = readFileSync(join(dir, 'SOURCES.md'), 'utf8')
  .split('\n')
  .map((line) => /^\| ([\w-]+\.\w+) \|.*\| ([0-9a-f]{64}) \|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: m[1], sha256: m[2], name: m[1].replace(/\.\w+$/, '') }));
// The table of files refused: | file | document | source | bytes | SHA-256 | refused as |
const refused = readFileSync(join(dir, 'SOURCES.md'), 'utf8')
  .split('\n')
  .map((line) => /^\| ([\w-]+\.\w+) \|.*\| ([0-9a-f]{64}) \| ([\w-]+) \|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: m[1], sha256: m[2], code: m[3] }));
const keys = readdirSync(dir)
  .filter((f) => f.endsWith('.key.txt'))
  .map((f) => f.replace(/\.key\.txt$/, ''));
const present = sources.filter((s) => existsSync(join(dir, s.file)));
const absent = sources.filter((s) => !present.includes(s));

async function read(file: string): Promise<Tally> {
  const outcome = await importFile(join(dir, file));
  if (!outcome.ok) throw new Error(outcome.failure.message);
  const extract = extractPolicy({ paragraphs: outcome.doc.paragraphs }, defaultDirectory());
  return tally(extract, readKey(readFileSync(join(dir, file.replace(/\.[^.]+$/, '.key.txt')), 'utf8')));
}

describe('real files of the genre read through their importers against hand-made keys', () => {
  it('has a key for each source file, in several formats', () => {
    expect(sources.map((s) => s.name).sort()).toEqual([...keys].sort());
    expect(sources.length).toBeGreaterThanOrEqual(4);
    expect(new Set(sources.map((s) => s.file.replace(/^.*\./, ''))).size).toBeGreaterThanOrEqual(3);
  });

  const refusedPresent = refused.filter((r) => existsSync(join(dir, r.file)));
  it.each(refusedPresent.map((r) => [r.file, r.code, r.sha256]))('%s is refused (%s) with a message naming it', async (file, code, sha256) => {
    expect(createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')).toBe(sha256);
    const outcome = await importFile(join(dir, file));
    expect(outcome).toMatchObject({ ok: false, failure: { code, file } });
    if (!outcome.ok) expect(outcome.failure.message).toContain(file);
  });

  it.each(present.map((s) => [s.file, s.sha256]))('%s is the file SOURCES.md names', (file, sha256) => {
    expect(createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')).toBe(sha256);
  });

  it.skipIf(present.length === 0)('reads them as a careful reader would (each score ≥ 0.95 over the set)', async () => {
    if (absent.length > 0) console.warn(`real-files: no file for ${absent.map((d) => d.file).join(', ')} (see SOURCES.md)`);
    const tallies: { name: string; tally: Tally }[] = [];
    for (const d of present) tallies.push({ name: d.name, tally: await read(d.file) });
    const total = score(tallies.reduce((acc, x) => sum(acc, x.tally), emptyTally()));
    const report = [...tallies.map((x) => `${x.name.padEnd(40)} ${format(score(x.tally))}`), `${'overall'.padEnd(40)} ${format(total)}`].join('\n');
    if (process.env.LUOSHI_GOLDEN_REPORT) console.log(report);
    const failing = Object.entries(total).filter(([, v]) => v < 0.95);
    expect(failing.length === 0 ? 'ok' : `below 0.95: ${failing.map(([k]) => k).join(', ')}\n${report}`).toBe('ok');
  }, 60_000);
});
