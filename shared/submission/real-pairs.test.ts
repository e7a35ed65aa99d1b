// Real policies together with real reports that answer them (__fixtures__/real-pairs/<pair>/: policy.txt, reports/,
// key.json written by reading, with its sources and the blind result), imported through the real pipeline. The
// policy's ledger must hold the measures keyed, with their leads; the reports' links are scored against the key
// over all pairs.
// A keyed link can only be found where the ledger holds the keyed measure's words: where the policy reader gave a
// measure the words of a heading instead (luan-2022, shaoxing-2021: a leader's heading above the table), nothing in
// a report can name or resemble it, and the miss is the policy reader's. Such links are counted apart and held to
// what they are now (4: luan-2022's one, shaoxing-2021's three), so that a fix of the reader shows here and a new
// misreading fails. Over the other keyed links (12, in chibi-2021, luan-2021 and qiaocheng-2025) the tolerance is
// recall ≥ 0.95 and precision ≥ 0.95 over everything linked: all 12 are found and none is added, so the bars allow
// no miss and no wrongly added link, as before (the earlier bar, recall ≥ 0.9 over 13 with the policy reader's
// miss among them, allowed that one miss and no other).
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSampleWorkspace } from '../../electron/services/__fixtures__/sample-set';

const MIN_RECALL = 0.95;
/** Keyed links whose measure the policy reader gave another text (see above). */
const MAX_LOST_TO_LEDGER = 4;
const MIN_PRECISION = 0.95;

interface PairKey {
  policy: { measures: Record<string, { text: string; lead: string[]; support?: string[] }> };
  reports: Record<string, { measures: number[] }>;
}

const root = join(__dirname, '__fixtures__', 'real-pairs');
const pairs = readdirSync(root).sort();
const tally = { keyed: 0, found: 0, right: 0, lostToLedger: 0 };

/** A text without spaces and punctuation, to tell whether the ledger holds a keyed measure's words. */
const bare = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');
const misses: string[] = [];

describe.each(pairs)('real pair %s', (pair) => {
  const dir = join(root, pair);
  const key: PairKey = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8'));
  const workspace = useSampleWorkspace(join(dir, 'policy.txt'), join(dir, 'reports'), '2099-01-01');

  it('reads the measures keyed, each with its keyed lead and supporters', () => {
    const measures = workspace().getPolicy()!.extract.measures;
    expect(measures.map((m) => m.number)).toEqual(Object.keys(key.policy.measures).map(Number));
    for (const [n, keyed] of Object.entries(key.policy.measures)) {
      const m = measures.find((x) => x.number === Number(n))!;
      expect(m.lead, `measure ${n}`).toEqual(keyed.lead);
      for (const s of keyed.support ?? []) expect(m.support, `measure ${n}`).toContain(s);
    }
  });

  it('links each report to measures (scored over all pairs below)', () => {
    const docs = workspace().listDocuments().filter((d) => d.role === 'submission');
    expect(docs.map((d) => d.fileName).sort()).toEqual(Object.keys(key.reports).sort());
    const ledger = workspace().getPolicy()!.extract.measures;
    const held = (n: number) => {
      const m = ledger.find((x) => x.number === n);
      const keyed = key.policy.measures[String(n)];
      return m !== undefined && keyed !== undefined && bare(`${m.title}${m.text}`).includes(bare(keyed.text));
    };
    for (const doc of docs) {
      const keyedHere = key.reports[doc.fileName].measures;
      const lost = keyedHere.filter((m) => !held(m));
      tally.lostToLedger += lost.length;
      for (const m of lost) misses.push(`${pair}/${doc.fileName}: ${m} not in the ledger with its words (the policy reader's)`);
      const expected = new Set(keyedHere.filter((m) => held(m)));
      const found = new Set(doc.measures);
      tally.keyed += expected.size;
      tally.found += found.size;
      for (const m of found) if (expected.has(m)) tally.right++;
      for (const m of expected) if (!found.has(m)) misses.push(`${pair}/${doc.fileName}: missed ${m}`);
      for (const m of found) if (!expected.has(m)) misses.push(`${pair}/${doc.fileName}: added ${m}`);
    }
  });
});

describe('all real pairs', () => {
  afterAll(() => {
    if (misses.length > 0)
      console.info(`real pairs: ${tally.right}/${tally.keyed} keyed links found, ${tally.found} found in all, ${tally.lostToLedger} lost to the ledger\n${misses.join('\n')}`);
  });
  it(`lose no more than ${MAX_LOST_TO_LEDGER} keyed links to the policy reader`, () => {
    expect(tally.lostToLedger).toBeLessThanOrEqual(MAX_LOST_TO_LEDGER);
  });
  it(`find ≥ ${MIN_RECALL} of the keyed links the ledger can answer and add ≤ ${Math.round((1 - MIN_PRECISION) * 100) / 100} of what they link`, () => {
    expect(tally.keyed).toBeGreaterThan(0);
    expect(tally.right / tally.keyed).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(tally.found === 0 ? 0 : tally.right / tally.found).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
