// A stored document read as a policy where files are read (the import pool), not on the workspace's thread: a report
// made the policy, and the policies a merge preview reads with the merge. The change waits for the parser's reading
// and takes it; the store ends as the one-shot path (reading on the thread) leaves it; a parser that cannot read it,
// or a directory changed while it read, has it read on the thread instead.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPolicy } from '../../shared/extract/policy';
import type { DepartmentDirectory } from '../../shared/types';
import * as documents from '../db/documents';
import { createImportPool, type FileParser } from '../ingest/pool';
import { createInlineParser } from '../ingest/inline';
import { charSegmenter, storedReadings, workspaceCopies } from './__fixtures__/stored-readings';
import { openWorkspace, type WorkspaceOptions } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-policy-elsewhere-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AS_OF = '2022-01-31';
const options = (more: WorkspaceOptions = {}): WorkspaceOptions => ({ today: () => AS_OF, user: 'test', segmenter: charSegmenter, ...more });
const built = join(dir, 'built.sqlite');
const copy = workspaceCopies(built, dir);
let second: number;

beforeAll(async () => {
  const ws = openWorkspace(built, options());
  await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
  const reports = readdirSync(join(seeds, 'submissions')).filter((f) => f.endsWith('.txt'));
  await ws.importFiles(reports.map((f) => join(seeds, 'submissions', f)), 'submission');
  const r = await ws.importFiles([join(seeds, 'sample-2', 'policy.txt')], 'submission');
  second = r.results[0].documentId!;
  ws.close();
}, 30_000);

/** The inline parser, each policy reading recorded and held until `release` (all at once) is called. */
function holding(fail = false) {
  const asked: { fileName: string; directory: DepartmentDirectory }[] = [];
  const inline = createInlineParser(charSegmenter);
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const parser: FileParser = {
    ...inline,
    readPolicy: async (doc, request) => {
      asked.push({ fileName: doc.fileName, directory: request.directory });
      await released;
      if (fail) throw new Error('the worker ended');
      return inline.readPolicy(doc, request);
    },
  };
  return { parser, asked, release };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));
type Ws = ReturnType<typeof openWorkspace>;
const whole = (ws: Ws) => ({ info: ws.info().policies, documents: ws.listDocuments(), policies: ws.info().policies.map((p) => ws.call('policy/get', { policy: p.id })), readings: storedReadings(ws) });

let oneShot: ReturnType<typeof whole>;
beforeAll(() => {
  const ws = openWorkspace(copy(), options());
  ws.call('documents/set-role', { id: second, role: 'policy' });
  oneShot = whole(ws);
  expect(oneShot.info).toHaveLength(2);
  ws.close();
});

describe('a report made the policy', () => {
  it('stays a report until the parser has read it as a policy, then ends as the one-shot path leaves the workspace', async () => {
    const { parser, asked, release } = holding();
    const ws = openWorkspace(copy(), options({ parser, rereadInSlices: true, rereadSliceMs: 0 }));
    const changing = ws.setDocumentRole(second, 'policy');
    for (let i = 0; i < 5; i++) await turn();
    // Asked of the parser, and nothing written meanwhile: the thread is free, the workspace as it was.
    expect(asked.map((a) => a.fileName)).toEqual(['policy.txt']);
    expect(ws.info().policies).toHaveLength(1);
    release();
    await changing;
    expect(ws.info().policies).toHaveLength(2);
    await ws.rereading();
    expect(whole(ws)).toEqual(oneShot);
    ws.close();
  });

  it('is read on the thread where the parser fails, with the same result', async () => {
    const { parser, asked, release } = holding(true);
    release();
    const ws = openWorkspace(copy(), options({ parser }));
    await ws.setDocumentRole(second, 'policy');
    expect(asked).toHaveLength(1);
    expect(whole(ws)).toEqual(oneShot);
    ws.close();
  });

  it('is read again on the thread where the directory changed while the parser read it', async () => {
    const { parser, asked, release } = holding();
    const ws = openWorkspace(copy(), options({ parser }));
    const changing = ws.setDocumentRole(second, 'policy');
    await turn();
    // A merge meanwhile of two bodies the new policy names: the parser read with the directory before it.
    const paragraphs = documents.getParagraphs(ws.db, second);
    const [keep, fold] = extractPolicy({ paragraphs }, asked[0].directory).departments;
    ws.mergeDepartments([fold], keep);
    release();
    await changing;
    expect(asked[0].directory.aliases.some((a) => a.alias === fold)).toBe(false);
    expect(ws.call('policy/get', { policy: second })?.extract.departments).not.toContain(fold);
    const reference = openWorkspace(copy(), options());
    reference.mergeDepartments([fold], keep);
    reference.call('documents/set-role', { id: second, role: 'policy' });
    expect(whole(ws)).toEqual(whole(reference));
    reference.close();
    ws.close();
  });

  it('comes back from the import pool’s worker as reading it on the thread gives', async () => {
    const ws = openWorkspace(copy(), options());
    const paragraphs = documents.getParagraphs(ws.db, second).map(({ terms: _t, ...p }) => p);
    const directory = { aliases: [], generic: [] };
    const pool = createImportPool({ size: 1, segment: false });
    try {
      const read = await pool.readPolicy({ fileName: 'policy.txt', paragraphs }, { id: 1, directory });
      expect(read?.extract).toEqual(extractPolicy({ paragraphs }, directory));
      expect(read?.extract.measures.length).toBeGreaterThan(5);
    } finally {
      await pool.close();
      ws.close();
    }
  }, 30_000);
});

describe('a report that an undo makes the policy again', () => {
  // The second policy made a report (an entry of the journal), then that change undone.
  const madeReport = (ws: Ws) => {
    ws.call('documents/set-role', { id: second, role: 'policy' });
    ws.call('documents/set-role', { id: second, role: 'submission' });
  };

  it('stays a report until the parser has read it as a policy, then ends as undoing on the thread leaves the workspace', async () => {
    const reference = openWorkspace(copy(), options());
    madeReport(reference);
    const undone = reference.call('journal/undo', {});
    const expected = whole(reference);
    reference.close();
    expect(expected.info).toHaveLength(2);

    const { parser, asked, release } = holding();
    const ws = openWorkspace(copy(), options({ parser, rereadInSlices: true, rereadSliceMs: 0 }));
    madeReport(ws);
    const undoing = ws.undo();
    for (let i = 0; i < 5; i++) await turn();
    expect(asked.map((a) => a.fileName)).toEqual(['policy.txt']);
    expect(ws.info().policies).toHaveLength(1);
    release();
    const entry = await undoing;
    expect({ summary: entry.summary, undoes: entry.undoes }).toEqual({ summary: undone.summary, undoes: undone.undoes });
    await ws.rereading();
    expect(whole(ws)).toEqual(expected);
    ws.close();
  });

  it('asks the parser nothing where the undo makes no policy, and refuses as the journal does', async () => {
    const { parser, asked, release } = holding();
    release();
    const ws = openWorkspace(copy(), options({ parser }));
    ws.call('documents/set-role', { id: second, role: 'policy' });
    await ws.undo();
    expect(asked).toHaveLength(0);
    expect(ws.info().policies).toHaveLength(1);
    await expect(ws.undo(9999)).rejects.toThrow('找不到编号为 9999 的操作记录');
    ws.close();
  });
});

describe('a merge preview', () => {
  it('has the parser read every policy with the merge, and says what the one-shot preview says, changing nothing', async () => {
    const reference = openWorkspace(copy(), options());
    reference.call('documents/set-role', { id: second, role: 'policy' });
    const [keep, fold] = reference.departments().filter((d) => !d.generic && d.obligations > 0);
    const names = [keep.canonical, fold.canonical];
    const expected = reference.call('departments/merge-preview', { names, into: keep.canonical, asOf: AS_OF });
    reference.close();

    const { parser, asked, release } = holding();
    const ws = openWorkspace(copy(), options({ parser }));
    ws.call('documents/set-role', { id: second, role: 'policy' });
    const before = whole(ws);
    const previewing = ws.previewMerge(names, keep.canonical, AS_OF);
    for (let i = 0; i < 5; i++) await turn();
    // Both policies asked for, with the merged directory.
    expect(asked).toHaveLength(2);
    for (const a of asked) expect(a.directory.aliases.some((x) => x.alias === fold.canonical && x.canonical === keep.canonical)).toBe(true);
    release();
    expect(await previewing).toEqual(expected);
    expect(whole(ws)).toEqual(before);
    ws.close();
  });
});

describe('the policies read again in slices after a merge', () => {
  it('are read in the parser’s workers with the merged directory, and end as reading them at once does', async () => {
    const reference = openWorkspace(copy(), options());
    const [keep, fold] = reference.getPolicy()!.extract.departments;
    reference.mergeDepartments([fold], keep);
    const atOnce = whole(reference);
    reference.close();

    const { parser, asked, release } = holding();
    const ws = openWorkspace(copy(), options({ parser, rereadInSlices: true, rereadSliceMs: 0 }));
    const policy = ws.getPolicy()!.extract;
    ws.mergeDepartments([fold], keep);
    for (let i = 0; i < 5; i++) await turn();
    // Waiting on the parser, the policy not yet read again.
    expect(asked).toHaveLength(1);
    expect(asked[0].directory.aliases.some((a) => a.alias === fold && a.canonical === keep)).toBe(true);
    expect(ws.getPolicy()!.extract).toEqual(policy);
    release();
    await ws.rereading();
    expect(whole(ws)).toEqual(atOnce);
    ws.close();
  });
});
