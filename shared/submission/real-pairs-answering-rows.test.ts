// Real pairs whose report is a gathered return (汇总表): each row answers for the bodies in its own answering cell, not
// for its sender (collected-return). Where a pair's key says who each row answers for (`answersFor`, keyed by reading),
// every body of a row must have the report as its answer to that row's measure, and no other body of that measure may.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSampleWorkspace } from '../../electron/services/__fixtures__/sample-set';

interface PairKey {
  reports: Record<string, { answersFor?: Record<string, string[]> }>;
}

const root = join(__dirname, '__fixtures__', 'real-pairs');
const keyOf = (pair: string): PairKey => JSON.parse(readFileSync(join(root, pair, 'key.json'), 'utf8'));
const pairs = readdirSync(root)
  .sort()
  .filter((pair) => Object.values(keyOf(pair).reports).some((r) => r.answersFor));

describe.each(pairs)('real pair %s: a gathered return’s rows', (pair) => {
  const dir = join(root, pair);
  const key = keyOf(pair);
  const workspace = useSampleWorkspace(join(dir, 'policy.txt'), join(dir, 'reports'), '2099-01-01');

  it('answer for the bodies of each row, and for no other body of its measure', () => {
    const obligations = workspace().compliance('2099-12-31').obligations;
    for (const [file, report] of Object.entries(key.reports)) {
      for (const [measure, bodies] of Object.entries(report.answersFor ?? {})) {
        const answered = obligations.filter((o) => o.measure === Number(measure) && o.evidence.some((e) => e.file === file)).map((o) => o.department);
        expect(answered.sort(), `${file}, measure ${measure}`).toEqual([...bodies].sort());
      }
    }
  });
});
