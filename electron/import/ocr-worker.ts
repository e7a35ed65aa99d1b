// The OCR worker thread: holds the engine (models loaded once) and reads one scan at a time, reporting each page,
// so recognition never blocks the window's or the browser-mode server's event loop.
import { parentPort } from 'node:worker_threads';
import { ImportProblem } from './extracted';
import { createOcrEngine, type OcrEngine } from './ocr-engine';
import { readScan } from './ocr';
import type { OcrRequest, OcrResponse } from './ocr-client';

let engine: Promise<OcrEngine> | null = null;
const port = parentPort!;
const reply = (message: OcrResponse) => port.postMessage(message);

port.on('message', async (request: OcrRequest) => {
  try {
    engine ??= createOcrEngine();
    const extracted = await readScan(await engine, request.kind, request.bytes, (done, total) => reply({ id: request.id, type: 'page', done, total }));
    reply({ id: request.id, type: 'done', extracted });
  } catch (err) {
    if (err instanceof ImportProblem) reply({ id: request.id, type: 'problem', code: err.code, reason: err.reason });
    else reply({ id: request.id, type: 'failed', message: String((err as Error)?.message ?? err) });
  }
});
