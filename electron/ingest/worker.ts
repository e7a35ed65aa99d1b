// A parse worker: reads and repairs one file at a time for the pool. PDFium loads when the worker starts, so no
// file pays its start-up. A parse worker holds nothing that outlives it, so the pool can end one at any moment (time
// budget, memory) and start another.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { importFile, type ImportOutcome } from '../import';
import { ocrProcessId, stopOcr } from '../import/ocr-client';
import { loadPdfium, pdfiumMemoryBytes } from '../import/pdfium-text';
import { seedPath } from '../paths';
import type { FromParser, ToParser } from './protocol';

const port = parentPort;
if (!port) throw new Error('the parse worker runs inside a worker thread');
const post = (message: FromParser) => port.postMessage(message);

/** Loads the engines and runs the seed policy's renditions through them once, so the code is compiled too. */
async function warm(): Promise<void> {
  await loadPdfium();
  for (const ext of ['pdf', 'docx', 'txt']) {
    const seed = seedPath(`policy-seed.${ext}`);
    if (existsSync(seed)) await parse(seed);
  }
}

async function parse(path: string, onPage?: (done: number, total: number) => void): Promise<ImportOutcome> {
  try {
    return await importFile(path, { onPage });
  } catch {
    const file = basename(path);
    return { ok: false, failure: { file, code: 'no-text', message: `无法导入「${file}」：读取文件内容时出错，未能取得文字。` } };
  }
}

// Messages wait for the warm-up; one file at a time, in the order sent.
let queue: Promise<void> = warm().then(() => post({ type: 'ready' }));
port.on('message', (message: ToParser) => {
  // The OCR process is ended here first (it would also end itself once this thread is gone).
  if (message.type === 'close') {
    void stopOcr().finally(() => post({ type: 'closed' }));
    return;
  }
  queue = queue.then(async () => {
    const outcome = await parse(message.path, (done, total) => post({ type: 'page', id: message.id, done, total, ocrPid: ocrProcessId() }));
    post({ type: 'parsed', id: message.id, outcome, wasmBytes: pdfiumMemoryBytes() });
  });
});
