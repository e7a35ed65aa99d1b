// The OCR process (started by ocr-client.ts): holds the engine (models loaded once) and reads one scan at a time,
// reporting each page. It lives in a process of its own so that ending it mid-page, which the native engine does not
// survive, ends nothing else; it ends itself when the one that started it goes.
import { ImportProblem } from './extracted';
import { createOcrEngine, type OcrEngine } from './ocr-engine';
import { readScan } from './ocr';
import type { OcrRequest, OcrResponse } from './ocr-client';

let engine: Promise<OcrEngine> | null = null;
const reply = (message: OcrResponse) => {
  if (process.connected) process.send!(message);
};

process.on('disconnect', () => process.exit(0));
process.on('message', async (request: OcrRequest) => {
  try {
    engine ??= createOcrEngine();
    const extracted = await readScan(await engine, request.kind, request.bytes, (done, total) => reply({ id: request.id, type: 'page', done, total }));
    reply({ id: request.id, type: 'done', extracted });
  } catch (err) {
    if (err instanceof ImportProblem) reply({ id: request.id, type: 'problem', code: err.code, reason: err.reason });
    else reply({ id: request.id, type: 'failed', message: String((err as Error)?.message ?? err) });
  }
});
