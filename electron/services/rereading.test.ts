// After a correction to the ledger, a workspace that serves a window reads its reports again in slices: the change
// answers at once, progress goes from none to all in steps, and the readings end as a workspace reading them at once
// gives; cut short (the workspace closed mid-way), the reading goes on from where it got to when the workspace opens.
// Where the workspace has a parser (the import pool), the policy's measures are segmented there, not on this thread;
// no turn reads every report's row. A department merged has the policies read again there too, one a slice, first.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as documents from '../db/documents';
import { createInlineParser } from '../ingest/inline';
import type { Segmenter } from '../segment/jieba';
import { charSegmenter, expectProgressInSteps, slicesRead, storedReadings, workspaceCopies } from './__fixtures__/stored-readings';
import { openWorkspace, type WorkspaceOptions } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-rereading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chars = charSegmenter;
const options = (more: WorkspaceOptions = {}): WorkspaceOptions => ({ today: () => '2022-01-31', user: 'test', segmenter: chars, ...more });

const built = join(dir, 'built.sqlite');
const copy = workspaceCopies(built, dir);
beforeAll(async () => {
  const ws = openWorkspace(built, options());
  await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
  const reports = readdirSync(join(seeds, 'submissions')).filter((f) => f.endsWith('.txt'));
  await ws.importFiles(reports.map((f) => join(seeds, 'submissions', f)), 'submission');
  ws.close();
}, 30_000);


type Ws = ReturnType<typeof openWorkspace>;
const readings = storedReadings;

/** The policy's number corrected: the reports that cite the number it had no longer cite it. */
const correct = (ws: Ws) => ws.call('policy/update-meta', { docNumber: '市中政办发〔2021〕41号' });

let atOnce: ReturnType<typeof readings>;
beforeAll(() => {
  const ws = openWorkspace(copy(), options());
  const before = readings(ws);
  correct(ws);
  atOnce = readings(ws);
  // The correction changes what the reports are read as, or this test would show nothing.
  expect(atOnce).not.toEqual(before);
  ws.close();
});

describe('reports read again in slices after a correction', () => {
  it('answers the change at once, shows progress in steps, and ends with the readings read at once gives', async () => {
    const ws = openWorkspace(copy(), options({ rereadInSlices: true, rereadSliceMs: 0 }));
    const total = ws.info().submissionCount;
    correct(ws);
    expect(ws.info().rereading).toEqual({ done: 0, total });
    await expectProgressInSteps(ws, total);
    expect(readings(ws)).toEqual(atOnce);
    ws.close();
  }, 20_000);

  it('goes on from where it got to when the workspace closed mid-way', async () => {
    const file = copy();
    const ws = openWorkspace(file, options({ rereadInSlices: true, rereadSliceMs: 0 }));
    const total = ws.info().submissionCount;
    correct(ws);
    await slicesRead(ws, 3);
    expect(ws.info().rereading!.done).toBeLessThan(total);
    ws.close();
    // Some reports read after the correction, the rest as before it; reading the rest on opening gives all.
    const reopened = openWorkspace(file, options());
    expect(readings(reopened)).toEqual(atOnce);
    reopened.close();
  }, 20_000);

  it('has the parser segment the measures, where the workspace has one', async () => {
    let here = 0;
    const counted: Segmenter = { ...chars, terms: (text) => (here++, chars.terms(text)) };
    const ws = openWorkspace(copy(), options({ rereadInSlices: true, rereadSliceMs: 0, segmenter: counted, parser: createInlineParser(chars) }));
    correct(ws);
    await ws.rereading();
    expect(here).toBe(0);
    expect(readings(ws)).toEqual(atOnce);
    ws.close();
  }, 20_000);

  it("reads a report's row only in the slice that reads the report", async () => {
    const ws = openWorkspace(copy(), options({ rereadInSlices: true, rereadSliceMs: 0 }));
    correct(ws);
    const listed = vi.spyOn(documents, 'listDocumentRows');
    try {
      await ws.rereading();
      expect(listed.mock.calls.filter(([, role]) => role === 'submission')).toEqual([]);
    } finally {
      listed.mockRestore();
    }
    expect(readings(ws)).toEqual(atOnce);
    ws.close();
  }, 20_000);
});

/** Everything a change of the directory reads again: the policy, every report, the departments' rows. */
const everything = (ws: Ws) => ({ policy: ws.getPolicy()!.extract, reports: readings(ws), departments: ws.departments() });
/** Two of the policy's bodies merged into one: the policy and the reports name them otherwise. */
const merge = (ws: Ws) => {
  const [into, from] = ws.getPolicy()!.extract.departments;
  ws.mergeDepartments([from], into);
};

describe('the policy and the reports read again in slices after a department is merged', () => {
  let merged: ReturnType<typeof everything>;
  beforeAll(() => {
    const ws = openWorkspace(copy(), options());
    const before = everything(ws);
    merge(ws);
    merged = everything(ws);
    expect(merged.policy).not.toEqual(before.policy);
    ws.close();
  });

  it('answers the merge before the policy is read again, and ends as reading everything at once does', async () => {
    const ws = openWorkspace(copy(), options({ rereadInSlices: true, rereadSliceMs: 0 }));
    const policy = ws.getPolicy()!.extract;
    merge(ws);
    expect(ws.getPolicy()!.extract).toEqual(policy);
    expect(ws.info().rereading).toEqual({ done: 0, total: ws.info().submissionCount });
    expect(ws.info().rereadsDone).toBe(0);
    await ws.rereading();
    // The window hears that a re-reading ended, whenever it asks: what it fetched meanwhile is fetched again.
    expect(ws.info().rereadsDone).toBe(1);
    expect(everything(ws)).toEqual(merged);
    ws.close();
  }, 20_000);

  it('previews the merge with the policy read at once, and leaves nothing marked or under way', async () => {
    const ws = openWorkspace(copy(), options({ rereadInSlices: true, rereadSliceMs: 0 }));
    const [into, from] = ws.getPolicy()!.extract.departments;
    const preview = ws.call('departments/merge-preview', { names: [from], into, asOf: '2022-01-31' });
    expect(ws.info().rereading).toBeUndefined();
    await ws.rereading();
    expect(ws.info().rereadsDone).toBe(0);
    const row = merged.departments.find((d) => d.canonical === into)!;
    expect(preview.after).toEqual({ obligations: row.obligations, submissions: row.submissions, aliases: row.aliases });
    ws.close();
  }, 20_000);

  it('reads the policy and the reports on opening when the workspace closed before any slice', () => {
    const file = copy();
    const ws = openWorkspace(file, options({ rereadInSlices: true, rereadSliceMs: 0 }));
    merge(ws);
    ws.close();
    const reopened = openWorkspace(file, options());
    expect(everything(reopened)).toEqual(merged);
    reopened.close();
  });
});

