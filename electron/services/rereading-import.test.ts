// A second policy imported where the workspace serves a window: the import stores it and marks the reports stored
// before it, which are then placed and read again in slices. The import answers before they are read, progress goes
// from none to all, the readings end as reading them at once gives (readings against the first policy kept as they
// were), and a re-reading cut short goes on when the workspace opens.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as documents from '../db/documents';
import * as readingsRepo from '../db/readings';
import type { Db } from '../db/sqlite';
import { charSegmenter, expectProgressInSteps, slicesRead, storedReadings, workspaceCopies } from './__fixtures__/stored-readings';
import { openWorkspace, type WorkspaceOptions } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-rereading-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chars = charSegmenter;
const options = (more: WorkspaceOptions = {}): WorkspaceOptions => ({ today: () => '2023-12-31', user: 'test', segmenter: chars, ...more });
const txt = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(folder, f));
const secondPolicy = join(seeds, 'sample-2', 'policy.txt');

/**
 * One report's reading against the first policy, as stored, changed to a date no reading gives: a reading kept
 * through the re-reading keeps it, one read again loses it.
 */
function markKeptReading(db: Db, firstPolicy: number): void {
  const id = documents.listDocumentRows(db, 'submission').find((r) => readingsRepo.readingsForDocument(db, r.id).some((x) => x.attribution.policy === firstPolicy))!.id;
  const readings = readingsRepo.readingsForDocument(db, id).map(({ attribution, analysis }) => ({
    attribution,
    analysis: attribution.policy === firstPolicy ? { ...analysis, date: '1999-09-09' } : analysis,
  }));
  readingsRepo.setReadings(db, id, readings);
}

// The seed policy with its reports and the reports of the second policy, one of them with its kept reading marked.
const built = join(dir, 'built.sqlite');
const copy = workspaceCopies(built, dir);
beforeAll(async () => {
  const ws = openWorkspace(built, options());
  await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
  await ws.importFiles([...txt(join(seeds, 'submissions')), ...txt(join(seeds, 'sample-2', 'submissions'))], 'submission');
  markKeptReading(ws.db, documents.listDocumentRows(ws.db, 'policy')[0].id);
  ws.close();
}, 30_000);

const readings = storedReadings;

let atOnce: ReturnType<typeof readings>;
beforeAll(async () => {
  const ws = openWorkspace(copy(), options());
  const before = readings(ws);
  await ws.importFiles([secondPolicy], 'policy');
  atOnce = readings(ws);
  // The second policy places reports on itself, or this test would show nothing; the marked reading is kept.
  expect(atOnce).not.toEqual(before);
  expect(atOnce.some((r) => r.readings?.some((x) => x.analysis.date === '1999-09-09'))).toBe(true);
  ws.close();
}, 20_000);

describe('reports read again in slices after a second policy is imported', () => {
  it('answers the import at once, shows progress in steps, and ends with the readings read at once gives', async () => {
    const ws = openWorkspace(copy(), options({ rereadInSlices: true, rereadSliceMs: 0 }));
    const total = ws.info().submissionCount;
    const before = readings(ws);
    await ws.importFiles([secondPolicy], 'policy');
    // Stored, and nothing read again yet: every report still reads as before the import.
    expect(ws.info().rereading).toEqual({ done: 0, total });
    expect(readings(ws)).toEqual(before);
    await expectProgressInSteps(ws, total);
    expect(readings(ws)).toEqual(atOnce);
    ws.close();
  }, 20_000);

  it('goes on from where it got to when the workspace closed mid-way, keeping the readings against the first policy', async () => {
    const file = copy();
    const ws = openWorkspace(file, options({ rereadInSlices: true, rereadSliceMs: 0 }));
    const total = ws.info().submissionCount;
    await ws.importFiles([secondPolicy], 'policy');
    await slicesRead(ws, 3);
    expect(ws.info().rereading!.done).toBeLessThan(total);
    ws.close();
    const reopened = openWorkspace(file, options({ rereadInSlices: true, rereadSliceMs: 0 }));
    await reopened.rereading();
    expect(reopened.info().rereading).toBeUndefined();
    expect(readings(reopened)).toEqual(atOnce);
    reopened.close();
  }, 20_000);
});
