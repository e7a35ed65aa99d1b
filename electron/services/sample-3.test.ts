// The whole pipeline against a third sample set: a city's 若干措施 with 第X条 articles under 第X章,
// duties in a trailing parenthesis with several leads and 各区县人民政府, and reports citing 第五条 / 第5条 /
// 第五条第二款, quoting titles in 「」 and 《》, an 附件 table, a joint report named in its title, another
// document's 第5条, a bulletin that answers nothing and a department the policy does not name. Hand-made key.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Obligation } from '../../shared/types';
import { checkReportsAgainstKey, useSampleWorkspace } from './__fixtures__/sample-set';
import { importFile } from '../import';
import { extractPolicy } from '../../shared/extract/policy';
import { defaultDirectory } from '../../shared/extract/departments';

const set = join(__dirname, '..', '..', 'seeds', 'sample-3');
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

describe('third sample set (city 若干措施) against its answer key', () => {
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

  it('reads the same policy from its Word original and its plain-text copy', async () => {
    const read = async (file: string) => {
      const outcome = await importFile(join(set, file));
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const { warnings: _w, ...extract } = extractPolicy({ paragraphs: outcome.doc.paragraphs }, defaultDirectory());
      return { ...extract, measures: extract.measures.map(({ paragraphs: _p, ...m }) => m) };
    };
    const [word, text] = [await read(key.policy), await read(key.policyText)];
    expect(text).toEqual(word);
    expect(word.measures).toHaveLength(Object.keys(key.measures).length);
  });

  it('has as many obligations as the key', () => {
    expect(workspace().compliance(Object.keys(key.asOf)[0]).obligations).toHaveLength(key.obligationCount);
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
