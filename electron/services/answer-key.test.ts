// The whole pipeline (importers, jieba, SQLite, extraction, submission reading, compliance) against the
// hand-made answer key of the sample submissions, at both of its as-of dates.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportsAgainstKey, useSampleWorkspace } from './__fixtures__/sample-set';

const seeds = join(__dirname, '..', '..', 'seeds');
const key = JSON.parse(readFileSync(join(seeds, 'sample-key', 'answer-key.json'), 'utf8'));
const folder = join(seeds, 'submissions');

describe('sample submissions against the answer key', () => {
  const workspace = useSampleWorkspace(join(seeds, 'policy-seed.txt'), folder, key.importDateForUndated);
  checkReportsAgainstKey(key, workspace);

  it.each(Object.keys(key.asOf))('gives every obligation its expected status as of %s', (asOf) => {
    const result = workspace().compliance(asOf);
    const got = result.obligations.map((o) => `${o.measure} ${o.department} ${o.role} due ${o.due} ${o.status} ${o.respondedOn ?? '-'}`);
    const want = (key.asOf[asOf] as any[]).map((o) => `${o.measure} ${o.department} ${o.role} due ${o.due} ${o.status} ${o.respondedOn ?? '-'}`);
    expect(got.sort()).toEqual(want.sort());
  });

  it('reports off-duty answers, departments without obligations and deadlines before issue', () => {
    const notes = workspace().compliance('2022-01-31').notes;
    const pick = (xs: any[]) => xs.map((x) => JSON.stringify(x)).sort();
    expect(pick(notes.offDuty)).toEqual(pick(key.notes.offDuty));
    expect(pick(notes.unobliged)).toEqual(pick(key.notes.unobliged));
    expect(pick(notes.beforeIssue)).toEqual(pick(key.notes.beforeIssue));
  });
});
