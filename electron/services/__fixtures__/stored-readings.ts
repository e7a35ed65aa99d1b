// What the services' tests of re-reading share: a segmenter that cuts characters (no dictionary to load), copies of
// one built workspace file, and every report as the workspace shows it.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Segmenter } from '../../segment/jieba';
import type { openWorkspace } from '../workspace';

/** Characters for terms: enough for readings that a correction changes, with no dictionary to load. */
export const charSegmenter: Segmenter = {
  cut: (text) => [...text].map((t, start) => ({ text: t, start, end: start + 1 })),
  terms: (text) => [...text],
  words: (text) => [...text],
};

/** A function giving a fresh copy of the workspace file `built` in `dir` at each call. */
export function workspaceCopies(built: string, dir: string): () => string {
  let copies = 0;
  return () => {
    const file = join(dir, `w${copies++}.sqlite`);
    copyFileSync(built, file);
    return file;
  };
}

/** Every report as the workspace shows it: who sent it, when, the policies it answers, the measures it speaks to. */
export const storedReadings = (ws: ReturnType<typeof openWorkspace>) =>
  ws
    .listDocuments()
    .filter((d) => d.role === 'submission')
    .map((d) => {
      const { importedAt: _at, ...detail } = ws.getDocument(d.id)!;
      return detail;
    });

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** The re-reading's progress seen at each turn until it ends: the `done` counts, in the order seen. */
export async function progressSeen(ws: ReturnType<typeof openWorkspace>): Promise<number[]> {
  const seen: number[] = [];
  while (ws.info().rereading) {
    seen.push(ws.info().rereading!.done);
    await turn();
  }
  return seen;
}

/** Waits for the slices to end, the window hearing of them step by step (about a report a slice), never going back. */
export async function expectProgressInSteps(ws: ReturnType<typeof openWorkspace>, total: number): Promise<void> {
  const seen = await progressSeen(ws);
  expect(seen.length).toBeGreaterThan(total / 2);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);
}

/** Waits until the slices have read `count` reports, or ended. */
export async function slicesRead(ws: ReturnType<typeof openWorkspace>, count: number): Promise<void> {
  while ((ws.info().rereading?.done ?? Infinity) < count) await turn();
}
