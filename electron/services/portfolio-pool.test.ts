// Importing into a portfolio through the import pool: the workspace's thread places reports on several policies and
// reads them against each with the measures' terms the pool's segmenter gave, so it never loads jieba's dictionary
// of its own; and what it stores is what a workspace segmenting on its own thread stores.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentRole } from '../../shared/views';
import { createImportPool } from '../ingest/pool';
import { createSegmenter, dictionaryLoaded, type Segmenter } from '../segment/jieba';
import { openWorkspace, type WorkspaceOptions } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const cityPolicy = join(seeds, 'policy-seed.txt');
const countyPolicy = join(seeds, 'sample-2', 'policy.txt');
const city = (name: string) => join(seeds, 'submissions', name);
const county = (name: string) => join(seeds, 'sample-2', 'submissions', name);

const pool = createImportPool({ size: 2, budgetMs: 20_000 });
afterAll(() => pool.close());

/** A real segmenter that counts what it is asked. */
function counted(): { segmenter: Segmenter; calls: () => number } {
  const real = createSegmenter();
  let calls = 0;
  return {
    segmenter: {
      cut: (text) => (calls++, real.cut(text)),
      terms: (text) => (calls++, real.terms(text)),
      words: (text) => (calls++, real.words(text)),
    },
    calls: () => calls,
  };
}

/** The batches, in order: reports before any policy, then each way a policy arrives, then reports on both. */
const batches: [string[], DocumentRole | 'auto'][] = [
  // No policy yet: read on their own.
  [[city('发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt'), county('县公安局关于深化“一件事一次办”改革和压缩企业开办时间工作的情况汇报.txt')], 'submission'],
  // The first file is taken as the policy: the reports stored are placed on it, those after it are read here.
  [[cityPolicy, city('市场监管局落实情况报告.pdf'), city('住建局报告.docx')], 'auto'],
  // One policy: the pool's workers read the reports.
  [[city('自然资源局落实情况报告.txt'), city('财政局-落实情况.txt')], 'submission'],
  // A second policy: every stored report is placed again.
  [[countyPolicy], 'policy'],
  // Two policies: each report is placed and read here.
  [
    [
      county('云溪县市场监督管理局关于优化营商环境攻坚行动重点任务推进情况的报告.pdf'),
      county('县大数据中心工作汇报.txt'),
      county('县发展和改革局关于优化营商环境有关任务落实情况的报告.pdf'),
      city('区人社局关于《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》落实情况的报告.docx'),
      city('应急局关于双随机一公开监管工作的报告.txt'),
    ],
    'submission',
  ],
];

async function imported(options: WorkspaceOptions) {
  const ws = openWorkspace(join(mkdtempSync(join(tmpdir(), 'luoshi-portfolio-pool-')), 'w.sqlite'), { today: () => '2024-06-30', user: 'test', ...options });
  for (const [paths, role] of batches) {
    const batch = await ws.importFiles(paths, role);
    expect(batch.failed, paths.join(', ')).toBe(0);
  }
  const policies = ws.info().policies.map((p) => p.docNumber);
  const reports = ws
    .listDocuments()
    .filter((d) => d.role === 'submission')
    .map((d) => {
      const { importedAt: _at, ...detail } = ws.getDocument(d.id)!;
      return detail;
    });
  ws.close();
  return { policies, reports };
}

describe('a portfolio imported through the import pool', () => {
  it('places and reads reports against two policies without loading jieba on the workspace\'s thread', async () => {
    const { segmenter, calls } = counted();
    const pooled = await imported({ segmenter, parser: pool });
    expect(calls()).toBe(0);
    expect(dictionaryLoaded()).toBe(false);

    expect(pooled.policies).toEqual(['市中政办发〔2021〕14号', '云政办发〔2023〕21号']);
    const byFile = new Map(pooled.reports.map((r) => [r.fileName, r]));
    // Every report of the batches (all but the two policies).
    expect(byFile.size).toBe(11);
    // Placed on each policy, some by weighing their words against the policies' measures (no policy cited), and read
    // against the policy they answer: the measures they speak to are found.
    const on = (file: string) => byFile.get(file)!.policies!.map((p) => [p.label, p.basis]);
    expect(on('发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt')).toEqual([['市中政办发〔2021〕14号', 'doc-number']]);
    expect(on('县大数据中心工作汇报.txt')).toEqual([['云政办发〔2023〕21号', 'title']]);
    expect(on('住建局报告.docx')).toEqual([['市中政办发〔2021〕14号', 'sender']]);
    for (const r of pooled.reports) expect(r.readings!.map((x) => x.policy), r.fileName).toEqual(r.policies!.map((p) => p.policy));
    const answered = pooled.reports.filter((r) => r.policies!.length > 0);
    expect(answered.filter((r) => r.measures.length > 0).length).toBeGreaterThanOrEqual(answered.length - 1);

    // The same batches segmented on this thread store the same placements and readings.
    expect(pooled).toEqual(await imported({ segmenter: createSegmenter() }));
  }, 180_000);

  it('segments the measures on its own thread when the pool cannot, and stores the same', async () => {
    const { segmenter, calls } = counted();
    const failing = { ...pool, terms: () => Promise.reject(new Error('no segmenter')) };
    const fallback = await imported({ segmenter, parser: failing });
    expect(calls()).toBeGreaterThan(0);
    expect(fallback).toEqual(await imported({ segmenter: createSegmenter(), parser: pool }));
  }, 180_000);
});
