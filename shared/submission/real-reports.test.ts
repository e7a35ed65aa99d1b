// Real public reports of the genre (sources in __fixtures__/real/index.json), each with a key written
// by reading it: who reports, and the report's own date. The reading must get both right for at least
// 13 of every 14 reports, and for every report it reads right today: a report read wrong and left so is named in
// index.json's "knownMisreadings" with the reason, so that a rule which breaks another report shows here.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { misreading as misreadingOf } from './__fixtures__/real/misreading';

interface RealKey {
  importDateForUndated: string;
  reports: Record<string, { source: string; layout: string; departments: string[][]; date: string | null }>;
  /** Reports read wrong and left so, each with the reason. */
  knownMisreadings?: Record<string, string>;
}

const here = join(__dirname, '__fixtures__', 'real');
const folder = join(here, 'reports');
const key: RealKey = JSON.parse(readFileSync(join(here, 'index.json'), 'utf8'));
const files = Object.keys(key.reports);

function paragraphsOf(file: string) {
  return readFileSync(join(folder, file), 'utf8')
    .split(/\r?\n/)
    .map((text, index) => ({ index, text }));
}

/** What is wrong with the reading of one report; empty when department and date are right. */
function misreading(file: string): string[] {
  return misreadingOf(paragraphsOf(file), key.reports[file], key.importDateForUndated);
}

describe('real department reports: who reports and when', () => {
  it('every report in the folder has a key with its source', () => {
    expect(readdirSync(folder).sort()).toEqual([...files].sort());
    for (const f of files) expect(key.reports[f].source).toMatch(/^https?:\/\//);
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  it('reads department and date right for at least 13 of every 14 reports', () => {
    const misses = files.map((f) => ({ f, problems: misreading(f) })).filter((m) => m.problems.length > 0);
    const allowed = Math.floor(files.length / 14);
    const message = misses.map((m) => `${m.f}: ${m.problems.join('；')}`).join('\n');
    expect(misses.length, `misread:\n${message}`).toBeLessThanOrEqual(allowed);
  });

  it('reads right every report not named as a known misreading', () => {
    const known = key.knownMisreadings ?? {};
    for (const f of Object.keys(known)) expect(files, `knownMisreadings names ${f}, which has no key`).toContain(f);
    const misses = files.filter((f) => !(f in known)).map((f) => ({ f, problems: misreading(f) })).filter((m) => m.problems.length > 0);
    expect(misses.map((m) => `${m.f}: ${m.problems.join('；')}`)).toEqual([]);
  });
});
