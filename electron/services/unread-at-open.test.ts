// Reports stored without a reading (an import cut short, an older version) are read when the workspace opens. Where
// the workspace serves a window, the open no longer reads them at once: it marks them, opens, and the slices read
// them, with progress; the store ends as reading them at once leaves it, and a close mid-way leaves the mark for the
// next open, which goes on from there.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charSegmenter, progressSeen, slicesRead, storedReadings, workspaceCopies } from './__fixtures__/stored-readings';
import { openWorkspace, type WorkspaceOptions } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-unread-at-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (more: WorkspaceOptions = {}): WorkspaceOptions => ({ today: () => '2022-01-31', user: 'test', segmenter: charSegmenter, ...more });
const built = join(dir, 'built.sqlite');
const copy = workspaceCopies(built, dir);

/** How many reports are stored without a reading. */
const unread = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM documents WHERE role = 'submission' AND analysis IS NULL").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** A copy of the built workspace with the readings of every report from the third on taken away. */
const cutShort = () => {
  const file = copy();
  const db = new Database(file);
  db.exec("DELETE FROM report_readings WHERE document_id IN (SELECT id FROM documents WHERE role = 'submission' ORDER BY id LIMIT -1 OFFSET 2)");
  db.exec("UPDATE documents SET analysis = NULL WHERE id IN (SELECT id FROM documents WHERE role = 'submission' ORDER BY id LIMIT -1 OFFSET 2)");
  db.close();
  return file;
};

let whole: ReturnType<typeof storedReadings>;
let left: number;
beforeAll(async () => {
  const ws = openWorkspace(built, options());
  await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
  const reports = readdirSync(join(seeds, 'submissions')).filter((f) => f.endsWith('.txt'));
  await ws.importFiles(reports.map((f) => join(seeds, 'submissions', f)), 'submission');
  whole = storedReadings(ws);
  ws.close();
  left = unread(cutShort());
  // Enough reports are left unread for slices to show.
  expect(left).toBeGreaterThan(3);
}, 30_000);

describe('reports left unread, when a workspace that reads in slices opens', () => {
  it('are read at once where the workspace does not read in slices, as before', () => {
    const ws = openWorkspace(cutShort(), options());
    expect(ws.info().rereading).toBeUndefined();
    expect(storedReadings(ws)).toEqual(whole);
    ws.close();
  });

  it('are not read by the open: it returns, they are read in slices with progress, and end as read at once', async () => {
    const file = cutShort();
    const ws = openWorkspace(file, options({ rereadInSlices: true, rereadSliceMs: 0 }));
    // The open returned with them still unread, and says how far the reading has got.
    expect(unread(file)).toBe(left);
    const progress = ws.info().rereading;
    expect(progress?.done).toBe(0);
    expect(progress?.total).toBeGreaterThanOrEqual(left);
    const seen = await progressSeen(ws);
    expect(seen.length).toBeGreaterThan(2);
    await ws.rereading();
    expect(unread(file)).toBe(0);
    expect(ws.info().rereadsDone).toBe(1);
    expect(storedReadings(ws)).toEqual(whole);
    ws.close();
  });

  it('cut short by a close, are read on from where they got to at the next open', async () => {
    const file = cutShort();
    const first = openWorkspace(file, options({ rereadInSlices: true, rereadSliceMs: 0 }));
    // Closed after the first few slices.
    await slicesRead(first, 2);
    first.close();
    await first.rereading();
    const after = unread(file);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(left);

    const next = openWorkspace(file, options({ rereadInSlices: true, rereadSliceMs: 0 }));
    await next.rereading();
    expect(unread(file)).toBe(0);
    expect(storedReadings(next)).toEqual(whole);
    next.close();
  });
});
