// Search in a portfolio: one policy's text and the reports placed on it; a department's reports on any policy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-search-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('search across policies', () => {
  it('narrows to one policy and finds a department on the second policy', async () => {
    const ws = openWorkspace(join(dir, 'w.sqlite'));
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'auto');
    await ws.importFiles([join(seeds, 'submissions', '财政局-落实情况.txt')], 'submission');
    await ws.importFiles([join(seeds, 'sample-2', 'policy.txt')], 'policy');
    await ws.importFiles([join(seeds, 'sample-2', 'submissions', '住建局关于降低企业用电用气成本工作情况的汇报.txt')], 'submission');
    const [first, second] = ws.info().policies.map((p) => p.id);
    const placed = (id: number) => new Set([id, ...ws.listDocuments().filter((d) => d.policies?.some((p) => p.policy === id)).map((d) => d.id)]);

    const everywhere = ws.search('成本');
    const onFirst = ws.search('成本', { policy: first });
    const onSecond = ws.search('成本', { policy: second });
    expect(new Set(everywhere.map((h) => h.documentId)).size).toBeGreaterThan(new Set(onFirst.map((h) => h.documentId)).size);
    expect(onFirst.length).toBeGreaterThan(0);
    expect(onSecond.length).toBeGreaterThan(0);
    expect(onFirst.every((h) => placed(first).has(h.documentId))).toBe(true);
    expect(onSecond.every((h) => placed(second).has(h.documentId))).toBe(true);
    // negative: no hit of one policy's own text under the other
    expect(onFirst.some((h) => h.documentId === second)).toBe(false);
    expect(onSecond.some((h) => h.documentId === first)).toBe(false);

    // the second policy's report is found by its department
    const county = ws.listDocuments().find((d) => d.fileName.startsWith('住建局关于降低'))!;
    expect(county.policies?.map((p) => p.policy)).toEqual([second]);
    expect(county.departments.length).toBeGreaterThan(0);
    const byDepartment = ws.search('用电', { department: county.departments[0] });
    expect(byDepartment.map((h) => h.documentId)).toContain(county.id);
    ws.close();
  }, 60_000);
});

describe('search hits', () => {
  it('mark whole query terms only and carry the department and date of their document', async () => {
    const ws = openWorkspace(join(dir, 'w.sqlite'));
    await ws.importFiles([join(seeds, 'policy-seed.txt')], 'auto');
    await ws.importFiles([join(seeds, 'submissions', '财政局-落实情况.txt')], 'submission');
    const hits = ws.search('12月底前');
    expect(hits.length).toBeGreaterThan(0);
    const marks = hits.flatMap((h) => [...h.snippet.matchAll(/\u0001([^\u0002]*)\u0002/gu)].map((m) => m[1]));
    // 前 alone in 在前期 is not marked; the query is marked whole where it stands
    expect(marks).toContain('12月底前');
    const early = hits.find((h) => h.snippet.includes('前期'));
    if (early) expect(early.snippet).not.toContain('在\u0001前\u0002期');
    for (const h of hits) expect(h.snippet).not.toMatch(/\u0001前\u0002期/u);

    const report = ws.listDocuments().find((d) => d.fileName === '财政局-落实情况.txt')!;
    const fromReport = ws.search('财政').filter((h) => h.documentId === report.id);
    expect(fromReport.length).toBeGreaterThan(0);
    expect(fromReport[0].department).toBe(report.departments.join('、'));
    expect(fromReport[0].date).toBe(report.date);
    ws.close();
  }, 60_000);
});
