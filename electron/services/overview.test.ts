// 总览 and a department's page on a real workspace: the seed policy and its reports read by the real
// importers, counted against the matrix the same workspace shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInput } from '../../shared/api/contract';
import { addDays } from '../../shared/text/dates';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const AS_OF = '2021-12-31';

let dir: string;
let ws: ReturnType<typeof openWorkspace>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-overview-'));
  ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => '2021-11-01', user: '张三' });
  await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
  const folder = join(seeds, 'submissions');
  await ws.importFiles(readdirSync(folder).map((f) => join(folder, f)), 'submission');
}, 180_000);
afterAll(() => {
  ws?.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (statuses: string[], status: string) => statuses.filter((s) => s === status).length;

describe('portfolio/overview', () => {
  it('gives the policy the same counts as its matrix, and the rate of those due', () => {
    const matrix = ws.call('compliance/matrix', { asOf: AS_OF }).obligations.map((o) => o.status);
    const view = ws.call('portfolio/overview', { asOf: AS_OF });
    expect(view.policies).toHaveLength(1);
    const [p] = view.policies;
    expect(p.policy.label).toBe(ws.getPolicy()!.extract.docNumber);
    for (const s of ['on_time', 'late', 'missing', 'pending']) expect(p.counts[s as 'late']).toBe(count(matrix, s));
    expect(p.counts.missing + p.counts.late).toBeGreaterThan(0);
    expect(p.onTimeRate).toBeCloseTo(p.counts.on_time / (p.counts.on_time + p.counts.late + p.counts.missing));
  });

  it('lists the deadlines of the next 7 and 30 days with their measure and days left', () => {
    // An as-of date a few days before a real deadline of the ledger that nobody has answered yet.
    const all = ws.call('compliance/matrix', { asOf: '2021-01-01' }).obligations.filter((o) => o.status === 'pending' && !o.respondedOn);
    const target = all.map((o) => o.due).sort()[0];
    const asOf = addDays(target, -5);
    const view = ws.call('portfolio/overview', { asOf });
    expect(view.within7.length).toBeGreaterThan(0);
    for (const row of view.within7) {
      expect(row.due > asOf && row.due <= addDays(asOf, 7)).toBe(true);
      expect(row.title).not.toBe('');
      expect(row.measureLabel).not.toMatch(/^第\d+条$/);
    }
    expect(view.within7.find((r) => r.due === target)?.daysLeft).toBe(5);
    expect(view.within30.length).toBeGreaterThanOrEqual(view.within7.length);
  });

  it('ranks departments by missing then late, and draws the trend at each month end up to the as-of date', () => {
    const view = ws.call('portfolio/overview', { asOf: AS_OF });
    const keys = view.departments.map((d) => d.missing * 1000 + d.late);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    expect(view.trend.length).toBeGreaterThan(1);
    expect(view.trend.length).toBeLessThanOrEqual(12);
    expect(view.trend[view.trend.length - 1]).toEqual({ date: AS_OF, counts: view.policies[0].counts });
    const earlier = view.trend[view.trend.length - 2];
    const matrixThen = ws.call('compliance/matrix', { asOf: earlier.date }).obligations.map((o) => o.status);
    expect(earlier.counts.missing).toBe(count(matrixThen, 'missing'));
  });

  it('counts a 免报 obligation out and marks a 办结 one beside its reported status', () => {
    const before = ws.call('portfolio/overview', { asOf: AS_OF }).policies[0];
    const [missing, another] = ws.call('compliance/matrix', { asOf: AS_OF }).obligations.filter((o) => o.status === 'missing');
    ws.call('decisions/record', { measure: missing.measure, department: missing.department, kind: 'exempt', date: '2021-12-01', note: '该项已由市级统一办理' });
    ws.call('decisions/record', { measure: another.measure, department: another.department, kind: 'closed', date: '2021-12-01', note: '已完成' });
    const after = ws.call('portfolio/overview', { asOf: AS_OF }).policies[0];
    expect(after.counts.missing).toBe(before.counts.missing - 1);
    expect(after.exempt).toBe(1);
    expect(after.decisions.closed).toBe(1);
    ws.call('journal/undo', {});
    ws.call('journal/undo', {});
  });

  it('keeps the month ends when only the as-of date moves, and computes them again after a change', () => {
    const first = ws.call('portfolio/overview', { asOf: AS_OF }).trend;
    const moved = ws.call('portfolio/overview', { asOf: '2022-01-15' }).trend;
    const byDate = new Map(first.map((p) => [p.date, p.counts]));
    const shared = moved.filter((p) => byDate.has(p.date));
    expect(shared.length).toBeGreaterThan(1);
    for (const p of shared) expect(p.counts).toEqual(byDate.get(p.date));
    // A department's duty missing at the last full month end, set aside: that month end counts one missing fewer.
    const monthEnd = first[first.length - 2];
    const missing = ws.call('compliance/matrix', { asOf: monthEnd.date }).obligations.find((o) => o.status === 'missing')!;
    ws.call('decisions/record', { measure: missing.measure, department: missing.department, kind: 'exempt', date: '2021-10-01', note: '不适用' });
    const after = ws.call('portfolio/overview', { asOf: AS_OF }).trend;
    expect(after[after.length - 2].counts.missing).toBe(monthEnd.counts.missing - 1);
    ws.call('journal/undo', {});
    expect(ws.call('portfolio/overview', { asOf: AS_OF }).trend).toEqual(first);
  });

  it('refuses a date that does not exist', () => {
    expect(parseInput('portfolio/overview', { asOf: '2021-02-30' }).ok).toBe(false);
    expect(parseInput('portfolio/overview', undefined).ok).toBe(true);
  });
});

describe('departments/page', () => {
  it('lists what a department owes with the matrix statuses, its evidence and its history', () => {
    const obligations = ws.call('compliance/matrix', { asOf: AS_OF }).obligations;
    const answered = obligations.find((o) => o.evidence.length > 0)!;
    const name = answered.department;
    ws.call('decisions/record', { measure: answered.measure, department: name, kind: 'note', date: '2021-12-02', note: '请补充数据' });
    const page = ws.call('departments/page', { name, asOf: AS_OF })!;
    const own = obligations.filter((o) => o.department === name);
    expect(page.name).toBe(name);
    expect(page.obligations.map((o) => [o.measure, o.status])).toEqual(own.map((o) => [o.measure, o.status]).sort((a, b) => (a[0] as number) - (b[0] as number)));
    const row = page.obligations.find((o) => o.measure === answered.measure)!;
    expect(row.evidence.map((e) => e.file)).toEqual(answered.evidence.map((e) => e.file));
    expect(row.decisions.map((d) => d.note)).toContain('请补充数据');
    expect(page.history[0]).toMatchObject({ kind: 'decision', department: name });
    ws.call('journal/undo', {});
  });

  it('opens the page by a known alias, and is null for a name nobody knows', () => {
    const aliased = ws.call('departments/list', {}).find((d) => d.obligations > 0 && d.aliases.some((a) => a !== d.canonical))!;
    const alias = aliased.aliases.find((a) => a !== aliased.canonical)!;
    expect(ws.call('departments/page', { name: alias, asOf: AS_OF })?.name).toBe(aliased.canonical);
    expect(ws.call('departments/page', { name: '不存在的局', asOf: AS_OF })).toBeNull();
  });
});
