// A workspace holding two policies: each report is placed on the policy it answers, the office can place it
// by hand, and removing a policy places its reports again.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const seedReport = (name: string) => join(seeds, 'submissions', name);

async function twoPolicies() {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-portfolio-'));
  const ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => '2024-06-30' });
  await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
  await ws.importFiles([join(seeds, 'sample-2', 'policy.txt')], 'policy');
  const [seed, county] = ws.info().policies;
  return { ws, dir, seed, county };
}

describe('a portfolio of policies', () => {
  it('places a report citing a policy\'s document number on that policy, and counts it there only', async () => {
    const { ws, seed, county } = await twoPolicies();
    expect(seed.docNumber).toBe('市中政办发〔2021〕14号');
    expect(county.docNumber).toBe('云政办发〔2023〕21号');
    await ws.importFiles([seedReport('发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt')], 'submission');
    const [report] = ws.listDocuments().filter((d) => d.role === 'submission');
    expect(report.policies).toEqual([expect.objectContaining({ policy: seed.id, basis: 'doc-number', label: seed.label })]);
    expect(report.policies![0].evidence).toContain('〔2021〕14号');
    const onSeed = ws.compliance('2022-01-31', undefined).obligations.filter((o) => o.department === report.departments[0]);
    expect(onSeed.some((o) => o.status !== 'missing')).toBe(true);
    const onCounty = ws.call('compliance/matrix', { asOf: '2024-06-30', policy: county.id }).obligations;
    expect(onCounty.every((o) => o.evidence.every((e) => e.file !== report.fileName))).toBe(true);
    ws.close();
  });

  it('lets the office place a report on another policy, or on none, and give the choice back', async () => {
    const { ws, seed, county } = await twoPolicies();
    await ws.importFiles([seedReport('发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt')], 'submission');
    const id = ws.listDocuments().find((d) => d.role === 'submission')!.id;
    const moved = ws.call('documents/attribute', { id, policies: [county.id] })!;
    expect(moved.policies).toEqual([expect.objectContaining({ policy: county.id, basis: 'office' })]);
    expect(moved.readings!.map((r) => r.policy)).toEqual([county.id]);
    expect(ws.call('documents/attribute', { id, policies: [] })!.policies).toEqual([]);
    expect(ws.call('documents/attribute', { id, policies: null })!.policies).toEqual([expect.objectContaining({ policy: seed.id, basis: 'doc-number' })]);
    // each choice is in the journal and can be undone
    ws.call('journal/undo', {});
    expect(ws.getDocument(id)!.policies).toEqual([]);
    expect(() => ws.call('documents/attribute', { id, policies: [424242] })).toThrow(/424242/);
    ws.close();
  });

  it('keeps each policy\'s ledger corrections, decisions and reporting deadline to itself', async () => {
    const { ws, seed, county } = await twoPolicies();
    ws.call('policy/update-measure', { policy: county.id, number: 1, patch: { title: '县里更正的标题' } });
    expect(ws.call('policy/get', { policy: county.id })!.extract.measures[0].title).toBe('县里更正的标题');
    expect(ws.getPolicy()!.extract.measures[0].title).not.toBe('县里更正的标题');
    ws.call('settings/set', { policy: county.id, reportDeadline: '2024-09-30' });
    expect(ws.call('settings/get', { policy: county.id }).reportDeadline).toBe('2024-09-30');
    expect(ws.call('settings/get', { policy: seed.id }).reportDeadline).toBeNull();
    const journal = ws.call('journal/list', { filter: { policy: county.id } });
    expect(journal.map((e) => e.kind)).toEqual(expect.arrayContaining(['ledger', 'setting']));
    expect(ws.call('journal/list', { filter: { policy: seed.id } }).some((e) => e.kind === 'ledger')).toBe(false);
    ws.close();
  });

  it('places the reports again when a policy is removed, and a corrected version takes up what was done on it', async () => {
    const { ws, dir, seed, county } = await twoPolicies();
    await ws.importFiles([seedReport('发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt')], 'submission');
    ws.call('policy/update-measure', { policy: county.id, number: 2, patch: { title: '县里更正的第二条' } });
    ws.removeDocument(seed.id);
    const [report] = ws.listDocuments().filter((d) => d.role === 'submission');
    // the one policy left is the only one the report can answer
    expect(report.policies).toEqual([expect.objectContaining({ policy: county.id, basis: 'only-policy' })]);
    ws.removeDocument(county.id);
    expect(ws.listDocuments().find((d) => d.role === 'submission')!.policies).toEqual([]);
    // the county policy comes back as another file with the same number: its correction is taken up
    const again = join(dir, '云溪县方案（重新导入）.txt');
    const { readFileSync } = await import('node:fs');
    writeFileSync(again, readFileSync(join(seeds, 'sample-2', 'policy.txt'), 'utf8') + '\n');
    await ws.importFiles([again], 'policy');
    expect(ws.getPolicy()!.extract.measures.find((m) => m.number === 2)!.title).toBe('县里更正的第二条');
    ws.close();
  });
});

describe('search in a portfolio', () => {
  it('narrows to one policy and the reports placed on it', async () => {
    const { ws, seed, county } = await twoPolicies();
    await ws.importFiles([seedReport('发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt')], 'submission');
    const all = ws.search('营商环境');
    const docs = (hits: typeof all) => new Set(hits.map((h) => h.documentId));
    const report = ws.listDocuments().find((d) => d.role === 'submission')!.id;
    expect([seed.id, county.id].every((id) => docs(all).has(id))).toBe(true);
    const onCounty = docs(ws.search('营商环境', { policy: county.id }));
    expect(onCounty.has(county.id)).toBe(true);
    expect(onCounty.has(seed.id)).toBe(false);
    expect(onCounty.has(report)).toBe(false);
    ws.close();
  });
});

describe('a report answering two policies', () => {
  it('is placed on both and counts for each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-portfolio-two-'));
    const ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => '2022-12-31' });
    await ws.importFiles([join(seeds, 'policy-seed.txt'), join(__dirname, '__fixtures__', 'portfolio', 'policy-district.txt')], 'policy');
    const [seed, district] = ws.info().policies;
    expect(district.docNumber).toBe('市中政办发〔2022〕5号');
    const both = join(dir, '区财政局关于两项文件落实情况的报告.txt');
    writeFileSync(
      both,
      [
        '区财政局关于市中政办发〔2021〕14号和市中政办发〔2022〕5号落实情况的报告',
        '区政府办公室：',
        '按照市中政办发〔2021〕14号第3条要求，我局落实惠企资金直达，已兑现资金1200万元。',
        '按照市中政办发〔2022〕5号第2条要求，我局扩大以工代赈规模，完成年度项目建设。',
        '区财政局',
        '2022年8月20日',
      ].join('\n'),
    );
    await ws.importFiles([both], 'submission');
    const report = ws.listDocuments().find((d) => d.fileName.startsWith('区财政局关于两项'))!;
    expect(report.policies!.map((p) => [p.policy, p.basis])).toEqual([
      [seed.id, 'doc-number'],
      [district.id, 'doc-number'],
    ]);
    expect(ws.getDocument(report.id)!.readings!.map((r) => r.policy)).toEqual([seed.id, district.id]);
    const answered = (policy: number) =>
      ws.call('compliance/matrix', { asOf: '2022-12-31', policy }).obligations.filter((o) => o.evidence.some((e) => e.file === report.fileName)).map((o) => o.measure);
    expect(answered(seed.id)).toContain(3);
    expect(answered(district.id)).toContain(2);
    ws.close();
  });
});
