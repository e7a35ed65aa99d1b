// The import pool's utility process, wired as main.ts wires it, with a stand-in for Electron's utilityProcess: the
// stand-in runs the pool host's service in this process over a message pair, with real importers and jieba.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../../shared/extract/departments';
import { extractPolicy } from '../../shared/extract/policy';
import { importFile } from '../import';
import { createInlineParser } from '../ingest/inline';
import type { ChildLike } from '../ingest/pool-client';
import { servePool, type ParentPortLike } from '../ingest/pool-service';
import { createSegmenter } from '../segment/jieba';
import { openWorkspace } from '../services/workspace';
import { createImportProcess, IMPORT_HOST, type UtilityProcessModule } from './import-process';

const root = join(__dirname, '..', '..');
const seed = (ext: string) => join(root, 'seeds', `policy-seed.${ext}`);
const segmenter = createSegmenter();

/** A stand-in utilityProcess: fork() records its arguments and serves the pool in-process; kill() ends the child. */
function standIn(options: { dieAfter?: number } = {}) {
  const forks: { modulePath: string; options: unknown; child: ChildLike }[] = [];
  const utilityProcess: UtilityProcessModule = {
    fork(modulePath, _args, forkOptions) {
      const toChild: ((event: { data: unknown }) => void)[] = [];
      const toMain: ((message: unknown) => void)[] = [];
      const onExit: ((code: number) => void)[] = [];
      let alive = true;
      let handed = 0;
      const child: ChildLike = {
        postMessage: (message) => queueMicrotask(() => alive && toChild.forEach((l) => l({ data: structuredClone(message) }))),
        on: (event: 'message' | 'exit', listener: never) => {
          (event === 'message' ? toMain : onExit).push(listener);
          return child;
        },
        kill: () => {
          if (!alive) return false;
          alive = false;
          setTimeout(() => onExit.forEach((l) => l(0)), 0);
          return true;
        },
      };
      const parentPort: ParentPortLike = {
        on: (_event, listener) => toChild.push(listener),
        postMessage: (message) => {
          if (!alive) return;
          if ((message as { type: string }).type === 'parsed' && options.dieAfter !== undefined && ++handed > options.dieAfter) {
            child.kill();
            return;
          }
          // Sent before the process ended, so delivered (ahead of the exit event, as a real process's would be).
          const copy = structuredClone(message);
          setTimeout(() => toMain.forEach((l) => l(copy)), 0);
        },
      };
      servePool(parentPort, createInlineParser(segmenter));
      forks.push({ modulePath, options: forkOptions, child });
      return child;
    },
  };
  return { utilityProcess, forks };
}

describe('the import pool in a utility process', () => {
  it('reads a stored document as a policy in the process, and fails that reading when the process ends first', async () => {
    const { utilityProcess, forks } = standIn();
    const parser = createImportProcess(utilityProcess, '/opt/luoshi/dist-electron');
    const outcome = await importFile(seed('txt'));
    if (!outcome.ok) throw new Error('the seed did not read');
    const doc = { fileName: 'policy-seed.txt', paragraphs: outcome.doc.paragraphs };
    const read = await parser.readPolicy(doc, { id: 1, directory: defaultDirectory() });
    expect(read?.extract).toEqual(extractPolicy({ paragraphs: outcome.doc.paragraphs }, defaultDirectory()));
    const cut = parser.readPolicy(doc, { id: 2, directory: defaultDirectory() });
    forks[0].child.kill();
    await expect(cut).rejects.toThrow();
    await parser.close();
  }, 30_000);


  it('forks the bundled host beside the main bundle once, warmed at launch, and imports through it in order', async () => {
    const { utilityProcess, forks } = standIn();
    const parser = createImportProcess(utilityProcess, '/opt/luoshi/dist-electron');
    expect(forks).toHaveLength(0);
    await parser.warm();
    expect(forks.map((f) => f.modulePath)).toEqual([join('/opt/luoshi/dist-electron', IMPORT_HOST)]);
    expect(forks[0].options).toMatchObject({ serviceName: 'Luoshi 导入' });

    const dir = mkdtempSync(join(tmpdir(), 'luoshi-utility-'));
    const ws = openWorkspace(join(dir, 'w.sqlite'), { segmenter, parser });
    const policy = await ws.importFiles([seed('txt')], 'policy');
    expect(policy.results[0]).toMatchObject({ ok: true, role: 'policy' });
    const progress: string[] = [];
    const reports = [join(root, 'seeds', 'submissions', '市场监管局落实情况报告.pdf'), join(root, 'electron', 'import', '__fixtures__', 'empty.txt'), seed('docx')];
    const batch = await ws.importFiles(reports, 'submission', (p) => progress.push(`${p.done}/${p.total} ${p.file}`));
    expect(batch.results.map((r) => [r.file, r.ok])).toEqual(reports.map((r, i) => [basename(r), i !== 1]));
    expect(progress).toEqual(reports.map((r, i) => `${i + 1}/3 ${basename(r)}`));
    expect(ws.listDocuments().filter((d) => d.role === 'submission')).toHaveLength(2);
    expect(forks).toHaveLength(1);
    ws.close();
    await parser.close();
  }, 60_000);

  it('fails the files a dead process did not hand over, and the next batch starts a new process', async () => {
    const { utilityProcess, forks } = standIn({ dieAfter: 1 });
    const parser = createImportProcess(utilityProcess, '/opt/luoshi/dist-electron');
    const got: [number, boolean, string][] = [];
    await parser.parse([seed('txt'), seed('txt'), seed('docx')], (i, p) => got.push([i, p.outcome.ok, p.outcome.ok ? '' : p.outcome.failure.message]));
    expect(got.map(([i, ok]) => [i, ok])).toEqual([
      [0, true],
      [1, false],
      [2, false],
    ]);
    expect(got[1][2]).toBe('无法导入「policy-seed.txt」：导入进程意外结束，该文件未导入。请重试；如反复出现，请将该文件单独导入。');
    const again: boolean[] = [];
    await parser.parse([seed('txt')], (_, p) => again.push(p.outcome.ok));
    expect(again).toEqual([true]);
    expect(forks).toHaveLength(2);
  }, 60_000);

  it('segments texts in the process for the main process, and fails a request the process ended before answering', async () => {
    const { utilityProcess, forks } = standIn();
    const parser = createImportProcess(utilityProcess, '/opt/luoshi/dist-electron');
    const texts = ['按照《实施意见》要求，区市场监管局于2021年11月底前完成PM2.5监测', '', '养老机构'];
    expect(await parser.terms(texts)).toEqual(texts.map((t) => segmenter.terms(t)));
    expect(forks).toHaveLength(1);
    const asked = parser.terms(texts);
    forks[0].child.kill();
    await expect(asked).rejects.toThrow();
    // The next request starts a new process.
    expect(await parser.terms(texts.slice(0, 1))).toEqual([segmenter.terms(texts[0])]);
    expect(forks).toHaveLength(2);
    await parser.close();
  }, 60_000);

  it('passes a cancel to the process, which stops handing files over', async () => {
    const { utilityProcess } = standIn();
    const parser = createImportProcess(utilityProcess, '/opt/luoshi/dist-electron');
    const controller = new AbortController();
    const order: number[] = [];
    await parser.parse(Array.from({ length: 20 }, () => seed('txt')), (i) => {
      order.push(i);
      if (i === 0) controller.abort();
    }, controller.signal);
    expect(order.length).toBeLessThan(20);
    expect(order).toEqual(order.map((_, i) => i));
  }, 60_000);
});
