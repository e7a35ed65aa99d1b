// The portfolio part of `npm run bench`: a workspace of 30 policies, 1,500 measures, 150 departments and 10,000
// reports (scripts/portfolio-corpus.ts), and what the office waits for in it — opening it, the overview (every
// policy's obligations as of today and at each of the last twelve month ends), one policy's matrix, the matrix
// across all policies, and the matrix again after a decision is recorded. Run in a process of its own, so that its
// memory is the workspace's alone.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IsoDate } from '../shared/types';
import { createImportPool } from '../electron/ingest/pool';
import { openWorkspace } from '../electron/services/workspace';
import { monthEnds } from '../shared/portfolio/overview';
import { FULL_PORTFOLIO, PORTFOLIO_AS_OF, PORTFOLIO_CORPUS_VERSION, generatePortfolio, writePortfolioCorpus, type PortfolioSize } from './portfolio-corpus';

const sizeKey = (s: PortfolioSize) => `${s.policies}p-${s.measures}m-${s.departments}d-${s.reports}r`;

/** The corpus imported once into a workspace file, kept in the temp folder under the generator's version and size. */
async function cachedWorkspace(size: PortfolioSize): Promise<{ file: string; built: { ms: number; peakRss: number; load: [number, number] } | null }> {
  const dir = join(tmpdir(), `luoshi-bench-portfolio-v${PORTFOLIO_CORPUS_VERSION}-${sizeKey(size)}`);
  const file = join(dir, 'workspace.sqlite');
  if (existsSync(join(dir, 'done'))) return { file, built: null };
  rmSync(dir, { recursive: true, force: true });
  const loadBefore = loadavg()[0];
  const t0 = performance.now();
  const paths = writePortfolioCorpus(join(dir, 'corpus'), generatePortfolio(size));
  const pool = createImportPool({ size: 2 });
  const ws = openWorkspace(file, { parser: pool, today: () => PORTFOLIO_AS_OF, user: 'bench' });
  try {
    const policies = await ws.importFiles(paths.policies, 'policy');
    if (policies.failed) throw new Error(`policies not imported: ${policies.results.filter((r) => !r.ok).map((r) => r.file).join(', ')}`);
    const reports = await ws.importFiles(paths.reports, 'submission');
    if (reports.failed) throw new Error(`${reports.failed} reports not imported`);
  } finally {
    ws.close();
    await pool.close();
  }
  rmSync(join(dir, 'corpus'), { recursive: true, force: true });
  writeFileSync(join(dir, 'done'), '');
  // The process's peak so far is the build's: nothing else has run in it yet.
  return { file, built: { ms: performance.now() - t0, peakRss: process.resourceUsage().maxRSS * 1024, load: [loadBefore, loadavg()[0]] } };
}

const addDay = (d: IsoDate, n: number): IsoDate => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

interface Took {
  wall: number;
  cpu: number;
}
/** The run of median wall time. */
const median = (xs: Took[]) => [...xs].sort((a, b) => a.wall - b.wall)[Math.floor(xs.length / 2)];
const took = (t: Took) => `${ms(t.wall)}（CPU ${ms(t.cpu)}）`;

export async function benchPortfolio(size: PortfolioSize = FULL_PORTFOLIO): Promise<void> {
  const cached = await cachedWorkspace(size);
  console.log('');
  console.log(`组合语料：${size.policies} 份政策、${size.measures.toLocaleString('en-US')} 条措施、${size.departments} 个部门、${size.reports.toLocaleString('en-US')} 份报告（${cached.file}）`);
  const { built } = cached;
  if (built) console.log(`  生成并经导入池导入，用时 ${(built.ms / 1000).toFixed(1)} s，进程内存峰值 ${mib(built.peakRss)}，机器负载（1 分钟平均）开始 ${built.load[0].toFixed(1)}、结束 ${built.load[1].toFixed(1)}（之后读缓存）`);

  // A copy per run: the decision recorded below must not change the cached workspace.
  const file = join(tmpdir(), `luoshi-bench-portfolio-${process.pid}.sqlite`);
  copyFileSync(cached.file, file);
  let heapPeak = 0;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  // Each step's wall time, and its CPU time (this process, every thread) beside it: on a machine shared with other
  // work the wall time also counts the waits for a core.
  const timed = <T>(f: () => T): [T, Took] => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = f();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    sample();
    return [out, { wall, cpu: (c.user + c.system) / 1000 }];
  };

  const [ws, openMs] = timed(() => openWorkspace(file, { today: () => PORTFOLIO_AS_OF, user: 'bench' }));
  const [info, infoMs] = timed(() => ws.call('workspace/info', undefined));
  const asOf = PORTFOLIO_AS_OF;
  const [first, coldMs] = timed(() => ws.call('compliance/portfolio', { asOf }));
  const [, warmMs] = timed(() => ws.call('compliance/portfolio', { asOf }));

  // What the overview computes: every policy at each point of its trend (the month ends since the first policy was
  // issued, the last twelve, the as-of date the last of them), each time from the start.
  const issued = first.map((p) => p.policy.issuedOn).filter((d): d is IsoDate => !!d).sort();
  const dates = monthEnds(issued[0] ?? asOf, asOf, 12);
  const overviewTimes: Took[] = [];
  for (let k = 0; k < 9; k++) overviewTimes.push(timed(() => dates.map((d) => ws.call('compliance/portfolio', { asOf: d })))[1]);
  // One policy's matrix (the largest), loaded already.
  const largest = first.reduce((a, b) => (b.result.obligations.length > a.result.obligations.length ? b : a));
  const policy = largest.policy.id;
  const matrixTimes = Array.from({ length: 9 }, () => timed(() => ws.call('compliance/matrix', { asOf, policy }))[1]);
  const allTimes = Array.from({ length: 9 }, () => timed(() => ws.call('compliance/portfolio', { asOf }))[1]);

  // A decision is recorded: the matrix and the whole portfolio are asked for again right after.
  const owed = largest.result.obligations.find((o) => o.status === 'missing') ?? largest.result.obligations[0];
  const [, decisionMs] = timed(() => ws.call('decisions/record', { policy, measure: owed.measure, department: owed.department, kind: 'closed', date: asOf, note: null }));
  const [, afterMatrixMs] = timed(() => ws.call('compliance/matrix', { asOf, policy }));
  const [, afterAllMs] = timed(() => ws.call('compliance/portfolio', { asOf }));
  // The overview as the app asks for it (portfolio/overview): after the change every month end is computed again;
  // then the as-of date alone moves, and the month ends already computed are kept.
  const [view, overviewAfter] = timed(() => ws.call('portfolio/overview', { asOf }));
  const [, overviewMoved] = timed(() => ws.call('portfolio/overview', { asOf: addDay(asOf, -3) }));
  ws.close();
  rmSync(file, { force: true });

  const obligations = first.reduce((n, p) => n + p.result.obligations.length, 0);
  const count = (s: string) => first.reduce((n, p) => n + p.result.obligations.filter((o) => o.status === s).length, 0);
  const rss = process.resourceUsage().maxRSS * 1024;
  console.log(`  ${info.policies.length} 份政策，${info.submissionCount.toLocaleString('en-US')} 份报告；${obligations.toLocaleString('en-US')} 项义务（按时 ${count('on_time')}，逾期 ${count('late')}，未报 ${count('missing')}，未到期 ${count('pending')}）`);
  console.log(`  机器负载（1 分钟平均）：${loadavg()[0].toFixed(1)}`);
  console.log('| 指标（组合） | 结果 | 目标 |');
  console.log('| --- | --- | --- |');
  console.log(`| 打开工作区（含载入结巴词典） / 工作区信息（workspace/info） | ${took(openMs)} / ${took(infoMs)} | |`);
  console.log(`| 全部政策矩阵，首次（载入全部政策与报告并计算） / 第二次 | ${took(coldMs)} / ${took(warmMs)} | |`);
  console.log(`| 总览重算：全部政策在 ${dates.length} 个时点（月末，末一个为截止日期）各算一遍（中位数） | ${took(median(overviewTimes))} | < 200 ms |`);
  console.log(`| 单个政策矩阵重算（${largest.result.obligations.length} 项义务，中位数） | ${took(median(matrixTimes))} | < 200 ms |`);
  console.log(`| 全部政策矩阵重算（中位数） | ${took(median(allTimes))} | < 200 ms |`);
  console.log(`| 记录一项决定 / 其后单个矩阵 / 其后全部矩阵 | ${took(decisionMs)} / ${took(afterMatrixMs)} / ${took(afterAllMs)} | 矩阵 < 200 ms |`);
  console.log(`| 总览（portfolio/overview，${view.trend.length} 个月末点）：记录决定后 / 只改截止日期 | ${took(overviewAfter)} / ${took(overviewMoved)} | < 200 ms |`);
  console.log(`| 进程内存峰值：RSS / JS 堆 | ${mib(rss)} / ${mib(heapPeak)} | < 1 GiB |`);
}

/** Runs the portfolio part in a process of its own (the bundle again, with --portfolio). */
export function benchPortfolioApart(): void {
  const r = spawnSync(process.execPath, [process.argv[1], '--portfolio'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the portfolio bench failed (${r.status ?? r.signal})`);
}
