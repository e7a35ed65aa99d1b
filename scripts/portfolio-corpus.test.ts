// The portfolio corpus's invariants, on a small corpus made by the same code as the bench's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../electron/import';
import { extractPolicy } from '../shared/extract/policy';
import { citesPolicy } from '../shared/submission/content-evidence';
import { PORTFOLIO_AS_OF, generatePortfolio, writePortfolioCorpus, type PortfolioSize } from './portfolio-corpus';

const size: PortfolioSize = { policies: 4, measures: 60, departments: 20, reports: 240 };
const corpus = generatePortfolio(size, 3);
const dir = mkdtempSync(join(tmpdir(), 'luoshi-portfolio-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the portfolio corpus', () => {
  it('has the policies, measures, departments and reports asked for', () => {
    expect(corpus.policies).toHaveLength(size.policies);
    expect(corpus.policies.reduce((n, p) => n + p.measures.length, 0)).toBe(size.measures);
    expect(corpus.reports).toHaveLength(size.reports);
    // every department owes something somewhere
    const owing = new Set(corpus.policies.flatMap((p) => p.measures.flatMap((m) => [...m.lead, ...m.support])));
    expect(owing.size).toBe(size.departments);
    expect(new Set(corpus.policies.map((p) => p.docNumber)).size).toBe(size.policies);
  });

  it('is the same for the same seed, and another for another', () => {
    expect(generatePortfolio(size, 3)).toEqual(corpus);
    expect(generatePortfolio(size, 4).reports.map((r) => r.text)).not.toEqual(corpus.reports.map((r) => r.text));
  });

  it('has reports on two policies, on none, and late ones, each citing exactly the policies it answers', () => {
    const byCount = (n: number) => corpus.reports.filter((r) => r.policies.length === n).length;
    expect(byCount(0)).toBeGreaterThan(0);
    expect(byCount(2)).toBeGreaterThan(0);
    expect(byCount(1)).toBeGreaterThan(size.reports / 2);
    expect(corpus.reports.some((r) => r.late)).toBe(true);
    for (const r of corpus.reports) {
      const cited = corpus.policies.flatMap((p, i) => (citesPolicy(r.text, p) ? [i] : []));
      expect(cited, r.file).toEqual(r.policies);
      expect(r.date <= PORTFOLIO_AS_OF).toBe(true);
      expect(r.text).toContain(r.department);
    }
  });

  it('dates a late report after the deadline of a measure it reports on', () => {
    for (const r of corpus.reports.filter((x) => x.late)) {
      const dues = r.policies.flatMap((pi, k) => r.measures[k].map((n) => corpus.policies[pi].measures.find((m) => m.number === n)!.due));
      expect(dues.some((due) => due !== null && due < r.date), r.file).toBe(true);
    }
  });

  it('writes policies that read back as generated: numbers, titles, lead and supporting bodies, dates', async () => {
    const paths = writePortfolioCorpus(dir, corpus);
    expect(paths.reports).toHaveLength(size.reports);
    for (const [i, path] of paths.policies.entries()) {
      const want = corpus.policies[i];
      const read = await importFile(path);
      if (!read.ok) throw new Error(read.failure.message);
      const got = extractPolicy({ paragraphs: read.doc.paragraphs });
      expect(got.docNumber).toBe(want.docNumber);
      expect(got.issuedOn).toBe(want.issuedOn);
      expect(got.measures.map((m) => [m.number, m.title, m.lead, [...m.support].sort()])).toEqual(want.measures.map((m) => [m.number, m.title, m.lead, [...m.support].sort()]));
      const dated = got.measures.filter((m) => m.deadlines.some((d) => d.date));
      expect(dated.length).toBeGreaterThanOrEqual(want.measures.filter((m) => m.due).length);
    }
  });
});
