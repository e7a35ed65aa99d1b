// Bodies of several places in one workspace, with real documents imported into a real SQLite file: 六安's two
// divisions of its key work (2021, 2022) with their reports, 鞍山市's and 海城市's (a county-level city under it)
// divisions of the work report, and 立山区's and 恩阳区's district measures; beside them the shipped sample of 枣庄市
// 市中区 with two of its bureaus' reports, signed 财政局 and 发改委 with no place. 六安, 鞍山 and 海城 each name their
// own 市财政局, 立山区, 恩阳区 and 市中区 their own 区财政局 (read in the documents): one short form, several bodies,
// each with its place (place-names). The sample alone reads as it always has, and its bureaus' reports count for
// its own bodies in both workspaces alike.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Obligation } from '../../shared/types';
import { openWorkspace } from './workspace';

const pairs = join(__dirname, '..', '..', 'shared', 'submission', '__fixtures__', 'real-pairs');
const corpus = join(__dirname, '..', '..', 'shared', 'extract', '__fixtures__', 'real');
const luan = ['luan-2021', 'luan-2022'];
const others = {
  鞍山市: 'city-work-report-lead-lines-county-governments',
  海城市: 'county-city-work-report-leader-lead-lines',
  立山区: 'district-work-tasks-two-lines',
  恩阳区: 'district-measures-lead-duty-brackets',
};
const seeds = join(__dirname, '..', '..', 'seeds');
const sampleReports = ['财政局-落实情况.txt', '发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt'].map((f) => join(seeds, 'submissions', f));
const AS_OF = '2030-01-01';

type Ws = ReturnType<typeof openWorkspace>;

async function workspace(dir: string, several: boolean): Promise<{ ws: Ws; policy: Map<string, number> }> {
  const ws = openWorkspace(join(dir, several ? 'places.sqlite' : 'sample.sqlite'), { today: () => '2099-01-01', user: 'test' });
  const policy = new Map<string, number>();
  const files: [string, string][] = [['市中区', join(seeds, 'policy-seed.txt')]];
  if (several) {
    for (const p of luan) files.push([p, join(pairs, p, 'policy.txt')]);
    for (const [place, file] of Object.entries(others)) files.push([place, join(corpus, `${file}.txt`)]);
  }
  for (const [key, file] of files) {
    const batch = await ws.importFiles([file], 'policy');
    expect(batch.failed, file).toBe(0);
    policy.set(key, batch.results[0].documentId!);
  }
  const reports = [...sampleReports, ...(several ? luan.flatMap((p) => readdirSync(join(pairs, p, 'reports')).map((f) => join(pairs, p, 'reports', f))) : [])];
  expect((await ws.importFiles(reports, 'submission')).failed).toBe(0);
  return { ws, policy };
}

const obligations = (ws: Ws, policy: number): Obligation[] => ws.call('compliance/matrix', { asOf: AS_OF, policy }).obligations;
const named = (ws: Ws, policy: number, name: string) => obligations(ws, policy).filter((o) => o.department === name);

describe('bodies of several places in one workspace', () => {
  let dir: string;
  let several: { ws: Ws; policy: Map<string, number> };
  let one: { ws: Ws; policy: Map<string, number> };
  const id = (key: string) => several.policy.get(key)!;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-places-'));
    several = await workspace(dir, true);
    one = await workspace(dir, false);
  }, 300_000);
  afterAll(() => {
    several?.ws.close();
    one?.ws.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps one place’s names as they are read', () => {
    const rows = one.ws.departments().map((d) => d.canonical);
    expect(rows).toContain('区财政局');
    expect(rows.some((r) => r.startsWith('市中区'))).toBe(false);
    expect(named(one.ws, one.policy.get('市中区')!, '区财政局').length).toBeGreaterThan(0);
  });

  it('gives each place’s 市财政局 and 区财政局 its own department, with its place', () => {
    const rows = new Map(several.ws.departments().map((d) => [d.canonical, d]));
    for (const name of ['六安市财政局', '鞍山市财政局', '海城市财政局', '立山区财政局', '恩阳区财政局', '市中区财政局']) expect(rows.has(name), name).toBe(true);
    expect(rows.has('市财政局')).toBe(false);
    expect(rows.has('区财政局')).toBe(false);
    // the body's other names carry its place with it
    expect(rows.get('恩阳区发改局')?.aliases).toContain('恩阳区发展和改革委员会');
    expect(rows.get('立山区发改局')?.aliases).toContain('立山区发展和改革委员会');
    // the bare spelling is an alias only of the body whose own report signs with it (市中区's 区发展和改革委员会)
    expect([...rows.values()].filter((r) => r.aliases.includes('区发展和改革委员会')).map((r) => r.canonical)).toEqual(['市中区发展和改革委员会']);
    // each counts only its own policy's duties
    expect(rows.get('海城市财政局')!.obligations).toBe(named(several.ws, id('海城市'), '海城市财政局').length);
    expect(rows.get('立山区财政局')!.obligations).toBe(named(several.ws, id('立山区'), '立山区财政局').length);
    expect(rows.get('恩阳区财政局')!.obligations).toBe(named(several.ws, id('恩阳区'), '恩阳区财政局').length);
    expect(named(several.ws, id('恩阳区'), '恩阳区财政局').length).toBeGreaterThan(named(several.ws, id('立山区'), '立山区财政局').length);
  });

  it('counts a bureau’s report signed without its place for its own place’s body, as alone', () => {
    const status = (ws: Ws, policy: number, name: string) => named(ws, policy, name).map((o) => [o.measure, o.status, o.evidence.map((e) => e.file)]);
    const alone = status(one.ws, one.policy.get('市中区')!, '区财政局');
    expect(alone.some(([, st]) => st !== 'missing')).toBe(true);
    expect(status(several.ws, id('市中区'), '市中区财政局')).toEqual(alone);
    const row = several.ws.departments().find((d) => d.canonical === '市中区财政局')!;
    expect(row.submissions).toBe(one.ws.departments().find((d) => d.canonical === '区财政局')!.submissions);
    // the other districts' 区财政局 have no report
    for (const [key, name] of [['立山区', '立山区财政局'], ['恩阳区', '恩阳区财政局']]) expect(named(several.ws, id(key), name).every((o) => o.status === 'missing')).toBe(true);
    // a name of a level several places stand at carries its place though no other place uses it: 六安's 市政府办,
    // whose undated report (dated by its import) answers its measure
    const luan2022 = several.ws.call('compliance/matrix', { asOf: '2099-01-01', policy: id('luan-2022') }).obligations;
    expect(luan2022.filter((o) => o.department === '六安市政府办' && o.evidence.length > 0).length).toBeGreaterThan(0);
    expect(luan2022.some((o) => o.department === '市政府办')).toBe(false);
  });

  it('ranks, pages and chases each place’s body on its own', () => {
    const standings = new Map(several.ws.call('portfolio/overview', { asOf: AS_OF }).departments.map((d) => [d.department, d]));
    expect(standings.get('鞍山市财政局')?.policies).toBe(1);
    expect(standings.get('海城市财政局')?.policies).toBe(1);
    expect(standings.get('市中区财政局')?.policies).toBe(1);
    expect(standings.has('市财政局')).toBe(false);
    const page = several.ws.call('departments/page', { name: '海城市财政局', asOf: AS_OF })!;
    expect(page.policies.map((p) => p.policy.id)).toEqual([id('海城市')]);
    const previews = several.ws.call('export/notice-preview', { asOf: AS_OF, options: { replyBy: '2030-01-10' } }).map((p) => p.department);
    expect(previews).toEqual(expect.arrayContaining(['立山区财政局', '恩阳区财政局', '鞍山市财政局', '海城市财政局']));
    expect(previews).not.toContain('区财政局');
  });

  it('records a decision on one place’s body only, named either way', () => {
    const lishan = named(several.ws, id('立山区'), '立山区财政局')[0];
    several.ws.call('decisions/record', { policy: id('立山区'), measure: lishan.measure, department: '立山区财政局', kind: 'exempt', date: '2029-12-01', note: '不再报送' });
    expect(named(several.ws, id('立山区'), '立山区财政局').find((o) => o.measure === lishan.measure)?.decision?.kind).toBe('exempt');
    expect(named(several.ws, id('恩阳区'), '恩阳区财政局').some((o) => o.decision)).toBe(false);
    const enyang = named(several.ws, id('恩阳区'), '恩阳区财政局')[0];
    // typed as the policy writes it, the name folds to the policy's own body
    several.ws.call('decisions/record', { policy: id('恩阳区'), measure: enyang.measure, department: '区财政局', kind: 'exempt', date: '2029-12-01', note: '不再报送' });
    expect(named(several.ws, id('恩阳区'), '恩阳区财政局').find((o) => o.measure === enyang.measure)?.decision?.kind).toBe('exempt');
  });

  it('chases one place’s body without marking the other’s as chased', async () => {
    await several.ws.exportNotices(join(dir, 'notice.docx'), AS_OF, { replyBy: '2030-01-10', department: '鞍山市财政局' });
    const preview = (department: string) => several.ws.call('export/notice-preview', { asOf: AS_OF, options: { replyBy: '2030-01-20', department } });
    const [anshan] = preview('鞍山市财政局');
    expect(anshan.items.length).toBeGreaterThan(0);
    expect(anshan.items.every((i) => i.chasedOn.length === 1)).toBe(true);
    expect(preview('海城市财政局')[0].items.every((i) => i.chasedOn.length === 0)).toBe(true);
  });

  it('keeps the office’s merge of two places’ bodies', () => {
    const before = new Map(several.ws.departments().map((d) => [d.canonical, d.obligations]));
    several.ws.mergeDepartments(['立山区财政局', '恩阳区财政局'], '恩阳区财政局');
    const rows = new Map(several.ws.departments().map((d) => [d.canonical, d]));
    expect(rows.has('立山区财政局')).toBe(false);
    expect(rows.get('恩阳区财政局')!.obligations).toBe(before.get('立山区财政局')! + before.get('恩阳区财政局')!);
    expect(rows.get('恩阳区财政局')!.aliases).toContain('立山区财政局');
    expect(rows.get('海城市财政局')!.obligations).toBe(before.get('海城市财政局'));
    several.ws.call('journal/undo', undefined);
    expect(several.ws.departments().some((d) => d.canonical === '立山区财政局')).toBe(true);
  });

  it('keeps the office’s mark of one place’s body as generic, and only that place’s', () => {
    expect(named(several.ws, id('鞍山市'), '鞍山市税务局').length).toBeGreaterThan(0);
    several.ws.setGeneric('鞍山市税务局', true);
    expect(named(several.ws, id('鞍山市'), '鞍山市税务局')).toEqual([]);
    expect(named(several.ws, id('luan-2021'), '六安市税务局').length).toBeGreaterThan(0);
    const rows = new Map(several.ws.departments().map((d) => [d.canonical, d]));
    expect(rows.get('鞍山市税务局')?.generic).toBe(true);
    expect(rows.get('六安市税务局')?.generic).toBe(false);
  });
});
