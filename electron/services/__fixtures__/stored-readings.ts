// What the services' tests of re-reading share: a segmenter that cuts characters (no dictionary to load), copies of
// one built workspace file, and every report as the workspace shows it.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** The re-reading's progress seen at each turn until it ends: the `done` counts, in the order seen. */
export async function progressSeen(ws: ReturnType<typeof openWorkspace>): Promise<number[]> {
  const seen: number[] = [];
  while (ws.info().rereading) {
    seen.push(ws.info().rereading!.done);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return seen;
}
