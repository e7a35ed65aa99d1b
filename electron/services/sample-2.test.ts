// The whole pipeline against a second, differently written sample set: a county 工作方案 with
// （一）-numbered tasks and 责任单位 / 完成时限 lines, and reports in other layouts than the seed's
// (header blocks, a date under the title, a table-only report, 任务八-style references, a joint
// signature, a cover note that answers nothing, a former department name). The key is hand-made.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Obligation } from '../../shared/types';
import { checkReportsAgainstKey, useSampleWorkspace } from './__fixtures__/sample-set';

const set = join(__dirname, '..', '..', 'seeds', 'sample-2');
const key = JSON.parse(readFileSync(join(set, 'answer-key.json'), 'utf8'));
const folder = join(set, 'submissions');

interface KeyRow {
  measure: number;
  department: string;
  role: string;
  due: string;
  dueSource: string;
  status: string;
  respondedOn: string | null;
  periods?: { due: string; status: string; respondedOn: string | null }[];
}

const line = (o: KeyRow | Obligation) =>
  `${o.measure} ${o.department} ${o.role} due ${o.due} (${o.dueSource}) ${o.status} ${o.respondedOn ?? '-'}` +
  (o.periods ? ' | ' + o.periods.map((p) => `${p.due} ${p.status} ${p.respondedOn ?? '-'}`).join('; ') : '');

describe('second sample set (county 工作方案) against its answer key', () => {
  const workspace = useSampleWorkspace(join(set, key.policy), folder, key.importDateForUndated);

  it('reads the policy the key was worked out from', () => {
    const policy = workspace().getPolicy()!.extract;
    expect(policy.title).toBe(key.title);
    expect(policy.issuedOn).toBe(key.issuedOn);
    expect(policy.measures.map((m) => m.number)).toEqual(Object.keys(key.measures).map(Number));
  });

  it('has a key entry for every report in the folder', () => {
    expect(readdirSync(folder).sort()).toEqual(Object.keys(key.submissions).sort());
  });

  checkReportsAgainstKey(key, workspace);

  it('says when a report is signed with a former department name', () => {
    const [file] = Object.entries(key.submissions).find(([, s]) => (s as { style: string }).style.startsWith('former department name'))!;
    const doc = workspace().listDocuments().find((d) => d.fileName === file)!;
    expect(doc.warnings.some((w) => w.includes('机构改革前'))).toBe(true);
  });

  it.each(Object.keys(key.asOf))('gives every obligation its expected status, due date and periods as of %s', (asOf) => {
    const result = workspace().compliance(asOf);
    expect(result.reportDeadline).toBe(key.reportDeadline);
    expect(result.obligations.map(line).sort()).toEqual((key.asOf[asOf] as KeyRow[]).map(line).sort());
  });

  it.each(Object.keys(key.asOf))('cites the first response as evidence as of %s', (asOf) => {
    const result = workspace().compliance(asOf);
    for (const row of key.asOf[asOf] as (KeyRow & { respondedIn: string | null })[]) {
      const o = result.obligations.find((x) => x.measure === row.measure && x.department === row.department)!;
      if (row.respondedIn && !row.periods) expect(o.evidence[0]?.file, `${row.measure} ${row.department}`).toBe(row.respondedIn);
    }
  });

  it.each(Object.keys(key.notes))('notes off-duty answers, departments without obligations and deadlines before issue as of %s', (asOf) => {
    const notes = workspace().compliance(asOf).notes;
    const expected = key.notes[asOf];
    const pick = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
    expect(pick(notes.offDuty)).toEqual(pick(expected.offDuty));
    expect(pick(notes.unobliged)).toEqual(pick(expected.unobliged));
    expect(pick(notes.beforeIssue)).toEqual(pick(expected.beforeIssue));
  });
});
