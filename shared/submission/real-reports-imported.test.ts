// The real reports of real-reports.test.ts imported as a user imports them: each .txt through the importer (its
// layout repair included), then read for who reports and when. Every report reads right unless index.json's
// "knownImportMisreadings" names it with the reason, so that a change to the importer that breaks one shows here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../electron/import';
import { misreading as misreadingOf } from './__fixtures__/real/misreading';

interface RealKey {
  importDateForUndated: string;
  reports: Record<string, { departments: string[][]; date: string | null }>;
  knownImportMisreadings: Record<string, string>;
}

const here = join(__dirname, '__fixtures__', 'real');
const key: RealKey = JSON.parse(readFileSync(join(here, 'index.json'), 'utf8'));
const files = Object.keys(key.reports);

async function misreading(file: string): Promise<string[]> {
  const outcome = await importFile(join(here, 'reports', file));
  if (!outcome.ok) return [outcome.failure.message];
  return misreadingOf(outcome.doc.paragraphs, key.reports[file], key.importDateForUndated);
}

describe('real department reports imported as files', () => {
  it('reads every report right through the importer but those named, each with its reason', async () => {
    const known = key.knownImportMisreadings;
    for (const f of Object.keys(known)) expect(files, `knownImportMisreadings names ${f}, which has no key`).toContain(f);
    const misses: string[] = [];
    for (const f of files) {
      const problems = await misreading(f);
      if (problems.length > 0 && !(f in known)) misses.push(`${f}: ${problems.join('；')}`);
    }
    expect(misses).toEqual([]);
    // the named ones are few: at most one report in every fourteen, as for the reading itself
    expect(Object.keys(known).length).toBeLessThanOrEqual(Math.floor(files.length / 14));
  }, 120_000);
});
