// A policy is read as a policy in the import pool's parse worker, under the file's time budget and heap cap: the
// workspace's thread only stores what comes back, and a policy whose reading runs past the budget fails with its
// message, the workspace keeping all it had.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDirectory } from '../../shared/extract/departments';
import { createImportPool, type ParsedFile } from '../ingest/pool';
import { charSegmenter } from './__fixtures__/stored-readings';
import { numberedPolicy } from './__fixtures__/numbered-policy';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-policy-in-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chars = charSegmenter;



describe('a policy read in the import pool', () => {
  it('comes back read as a policy from the parse worker, with its measures', async () => {
    const pool = createImportPool({ size: 1, segment: false });
    try {
      const read: ParsedFile[] = [];
      await pool.parse([join(seeds, 'policy-seed.txt')], (_, parsed) => read.push(parsed), undefined, undefined, undefined, { id: 7, directory: defaultDirectory() });
      expect(read[0].policy?.requestId).toBe(7);
      expect(read[0].policy?.extract.docNumber).toBe('市中政办发〔2021〕14号');
      expect(read[0].policy?.extract.measures.length).toBeGreaterThan(20);
      // Not asked, not read as one.
      read.length = 0;
      await pool.parse([join(seeds, 'policy-seed.txt')], (_, parsed) => read.push(parsed));
      expect(read[0].policy).toBeUndefined();
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('fails with the file and the time limit when its reading runs past the budget, the workspace unchanged', async () => {
    const file = join(dir, 'w.sqlite');
    const first = openWorkspace(file, { today: () => '2022-01-31', user: 'test', segmenter: chars });
    await first.importFiles([join(seeds, 'submissions', '财政局-落实情况.txt')], 'submission');
    first.close();

    const pool = createImportPool({ size: 1, segment: false, budgetMs: 1_000 });
    const ws = openWorkspace(file, { today: () => '2022-01-31', user: 'test', parser: pool, segmenter: chars });
    try {
      const before = JSON.stringify({ policies: ws.info().policies, documents: ws.listDocuments(), policy: ws.getPolicy() });
      // About half the most a policy holds: read as text in a blink, as a policy in seconds.
      const r = await ws.importFiles([numberedPolicy(dir, '三十万字任务分工.txt', 300_000)], 'policy');
      expect(r.results[0].ok).toBe(false);
      expect(r.results[0].error?.message).toBe('无法导入「三十万字任务分工.txt」：读取该文件超过了 1 秒的时间上限（文件过大或结构异常），已停止读取，未导入。');
      expect(JSON.stringify({ policies: ws.info().policies, documents: ws.listDocuments(), policy: ws.getPolicy() })).toBe(before);
    } finally {
      ws.close();
      await pool.close();
    }
  }, 30_000);
});
