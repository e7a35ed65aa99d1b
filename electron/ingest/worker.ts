// A parse worker: reads and repairs one file at a time for the pool, has its paragraphs segmented by its segmenter
// (on a line of its own), and reads a report against the policy state it was given. PDFium loads when the worker
// starts, so no file pays its start-up. A parse worker holds nothing that outlives it, so the pool can end one at
// any moment (time budget, memory) and start another; reading a report is under the same limits as parsing it.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort, type MessagePort } from 'node:worker_threads';
import { defaultDirectory } from '../../shared/extract/departments';
import { extractPolicy } from '../../shared/extract/policy';
import { placeOnOnlyPolicy, policyForAttribution, type PolicyForAttribution } from '../../shared/portfolio/attribution';
import { analyzeSubmission, readSenderAndDate } from '../../shared/submission';
import type { SubmissionAnalysis } from '../../shared/types';
import { importFile, type ImportOutcome } from '../import';
import { ocrProcessId, stopOcr } from '../import/ocr-client';
import { loadPdfium, pdfiumMemoryBytes } from '../import/pdfium-text';
import { seedPath } from '../paths';
import { measureTexts } from '../segment/jieba';
import { readAsPolicy } from './policy-reading';
import { packTerms, unpackTerms, type FromParser, type PolicyRequest, type ReadingRequest, type TermsReply, type TermsRequest, type ToParser } from './protocol';

const port = parentPort;
if (!port) throw new Error('the parse worker runs inside a worker thread');
const post = (message: FromParser) => port.postMessage(message);

/**
 * Loads the engines and runs the seed policy's renditions through them once, so the code is compiled too; then has
 * the seed segmented and read against itself, so the first report's reading is as quick as the next.
 */
async function warm(): Promise<void> {
  await loadPdfium();
  let seedDoc: Extract<ImportOutcome, { ok: true }> | null = null;
  for (const ext of ['pdf', 'docx', 'txt']) {
    const seed = seedPath(`policy-seed.${ext}`);
    if (!existsSync(seed)) continue;
    const outcome = await parse(seed);
    if (outcome.ok) seedDoc = outcome;
  }
  if (!seedDoc || !line) return;
  const paragraphTerms = terms(seedDoc.doc.paragraphs.map((p) => p.text));
  const policy = extractPolicy({ paragraphs: seedDoc.doc.paragraphs });
  const request: ReadingRequest = { id: 0, policyId: 0, policy, directory: defaultDirectory(), importDate: '2021-12-01' };
  reading = readingOf(request, terms(measureTexts(policy.measures)));
  await readReport(seedDoc, paragraphTerms);
  reading = null;
}

async function parse(path: string, onPage?: (done: number, total: number) => void): Promise<ImportOutcome> {
  try {
    return await importFile(path, { onPage });
  } catch {
    const file = basename(path);
    return { ok: false, failure: { file, code: 'no-text', message: `无法导入「${file}」：读取文件内容时出错，未能取得文字。` } };
  }
}

// The line to the segmenter: requests answered in the order asked.
let line: MessagePort | null = null;
let nextRequest = 1;
const waiting = new Map<number, (terms: string[][]) => void>();
function terms(texts: string[]): Promise<string[][]> {
  const id = nextRequest++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    line!.postMessage({ id, texts } satisfies TermsRequest);
  });
}

// The policy state reports are read against, with its measures' terms (segmented once, on first use) and what
// placing a report on it compares (its number and title, read once).
let reading: { request: ReadingRequest; tokens: Promise<string[][]>; placing: PolicyForAttribution } | null = null;

const readingOf = (request: ReadingRequest, tokens: Promise<string[][]>) => ({ request, tokens, placing: policyForAttribution(request.policyId, request.policy, []) });

/**
 * Reads a report against the policy and places it on it. Who sent it, when, and whether it cites the policy need only
 * its text: they are read while the segmenter cuts its terms (`paragraphTerms`), which only its links wait for.
 */
async function readReport(outcome: Extract<ImportOutcome, { ok: true }>, paragraphTerms: Promise<string[][]>) {
  const { request, tokens, placing } = reading!;
  const { fileName, paragraphs } = outcome.doc;
  const placed = placeOnOnlyPolicy(paragraphs.map((p) => p.text).join('\n'), placing);
  const read = readSenderAndDate(paragraphs, request.importDate, { extract: request.policy }, request.directory);
  const value: SubmissionAnalysis = analyzeSubmission(
    { file: fileName, paragraphs, tokens: await paragraphTerms, importDate: request.importDate },
    { extract: request.policy, measureTokens: await tokens },
    request.directory,
    {},
    read,
  );
  return { readingId: request.id, value, placed };
}

// The request to read files as policies, set in turn with the files like the policy state.
let asPolicy: PolicyRequest | null = null;

// Messages wait for the warm-up; one file at a time, in the order sent (the pool hands over a few at once).
let queue: Promise<void> = warm().then(() => post({ type: 'ready' }));
port.on('message', (message: ToParser) => {
  // The OCR process is ended here first (it would also end itself once this thread is gone).
  if (message.type === 'close') {
    void stopOcr().finally(() => post({ type: 'closed' }));
    return;
  }
  if (message.type === 'segmenter') {
    line = message.port;
    line.on('message', (reply: TermsReply) => {
      waiting.get(reply.id)?.(unpackTerms(reply.terms));
      waiting.delete(reply.id);
    });
    return;
  }
  if (message.type === 'reading') {
    // A pool that reads without segmenting reads no report against a policy (it has no terms to read it with).
    if (!line) return;
    const request = message.reading;
    // Kept as the measures' terms of the request, so the reading's policy side is built once per state.
    const tokens = request.tokens ? Promise.resolve(request.tokens) : terms(measureTexts(request.policy.measures));
    // In turn with the files: those sent before it are read against the state they were sent with.
    queue = queue.then(() => {
      reading = readingOf(request, tokens);
    });
    return;
  }
  if (message.type === 'read-policy') {
    // A stored document read as a policy, in turn with the files.
    const { id, doc, request } = message;
    queue = queue.then(() => post({ type: 'policy-read', id, policy: readAsPolicy(doc, request) }));
    return;
  }
  if (message.type === 'policy') {
    const request = message.request;
    queue = queue.then(() => {
      asPolicy = request;
    });
    return;
  }
  queue = queue.then(async () => {
    const outcome = await parse(message.path, (done, total) => post({ type: 'page', id: message.id, done, total, ocrPid: ocrProcessId() }));
    const wasmBytes = pdfiumMemoryBytes();
    // Read as a policy here, where the file's time budget and heap cap bound it.
    const policy = outcome.ok && asPolicy && message.asPolicy === asPolicy.id ? readAsPolicy(outcome.doc, asPolicy) : undefined;
    const asRead = policy ? { policy } : {};
    // No terms for a file not read, nor in a pool that reads without segmenting (it gives no line to a segmenter).
    if (!outcome.ok || !line) {
      post({ type: 'parsed', id: message.id, outcome, terms: null, ...asRead, wasmBytes });
      return;
    }
    const cut = terms(outcome.doc.paragraphs.map((p) => p.text));
    const read = reading && message.readingId === reading.request.id ? await readReport(outcome, cut) : undefined;
    const paragraphTerms = await cut;
    post({ type: 'parsed', id: message.id, outcome, terms: packTerms(paragraphTerms), ...(read ? { analysis: read } : {}), ...asRead, wasmBytes });
  });
});
