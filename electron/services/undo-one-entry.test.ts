// Undo weighs only the entry it undoes: whether a later change depends on it and whether its slots still hold what it
// left. The rest of the journal (an entry for every report imported) is not gone through, so an undo answers in the
// same time in a workspace of many reports as in one of few.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import * as statements from '../db/statements';
import { charSegmenter } from './__fixtures__/stored-readings';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-undo-one-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chars = charSegmenter;

it('undoes a merge without reading the slot of every import in the journal', async () => {
  const ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => '2022-01-31', user: 'test', segmenter: chars });
  await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
  const reports = readdirSync(join(seeds, 'submissions')).filter((f) => f.endsWith('.txt'));
  await ws.importFiles(reports.map((f) => join(seeds, 'submissions', f)), 'submission');
  const [into, from] = ws.getPolicy()!.extract.departments;
  const before = ws.departments();
  ws.mergeDepartments([from], into);
  // Listing the journal weighs every entry: each import's slot is read.
  const importSlot = (sql: string) => sql.startsWith('SELECT hash, file_name AS fileName, role FROM documents');
  const read = vi.spyOn(statements, 'stmt');
  try {
    ws.call('journal/list', undefined);
    expect(read.mock.calls.filter(([, sql]) => importSlot(sql)).length).toBeGreaterThanOrEqual(reports.length);
    read.mockClear();
    const entry = ws.call('journal/undo', {});
    expect(entry.summary).toContain('合并部门');
    expect(read.mock.calls.filter(([, sql]) => importSlot(sql))).toEqual([]);
  } finally {
    read.mockRestore();
  }
  expect(ws.departments()).toEqual(before);
  ws.close();
});
