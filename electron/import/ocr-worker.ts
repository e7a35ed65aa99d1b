// The OCR process (started by ocr-client.ts; in Electron a worker thread instead): holds the engine (models loaded
// once) and reads one scan at a time, reporting each page. As a process of its own, ending it mid-page, which the
// native engine does not survive, ends nothing else; it ends itself when the one that started it goes.
import { parentPort } from 'node:worker_threads';
import { ImportProblem } from './extracted';
import { createOcrEngine, type OcrEngine } from './ocr-engine';
import { readScan } from './ocr';
import type { OcrRequest, OcrResponse } from './ocr-client';

let engine: Promise<OcrEngine> | null = null;
const thread = parentPort;
const reply = (message: OcrResponse) => {
  if (thread) thread.postMessage(message);
  else if (process.connected) process.send!(message);
};

async function answer(request: OcrRequest): Promise<void> {
  try {
    engine ??= createOcrEngine();
    const extracted = await readScan(await engine, request.kind, request.bytes, (done, total) => reply({ id: request.id, type: 'page', done, total }));
    reply({ id: request.id, type: 'done', extracted });
  } catch (err) {
    if (err instanceof ImportProblem) reply({ id: request.id, type: 'problem', code: err.code, reason: err.reason });
    else reply({ id: request.id, type: 'failed', message: String((err as Error)?.message ?? err) });
  }
}

if (thread) thread.on('message', (request: OcrRequest) => void answer(request));
else {
  process.on('disconnect', () => process.exit(0));
  process.on('message', (request: OcrRequest) => void answer(request));
}
