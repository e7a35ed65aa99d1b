// Imports documents: checks the file, picks the adapter for its format (by extension, confirmed by the bytes),
// and repairs the layout into paragraphs. Bad input never throws: it comes back as a failure with a zh-CN message.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { repairParagraphs } from '../../shared/text/repair';
import { displayFileName } from '../../shared/text/display-name';
import { IMAGE_EXTENSIONS, IMPORTABLE_EXTENSIONS } from '../../shared/formats';
import { countXmlForbidden, replaceXmlForbidden } from '../../shared/text/xml-safe';
import type { ImportedDocument, ImportErrorCode, ImportFailure } from '../../shared/types';
import { extractDoc, isEncryptedOffice, isOle } from './doc';
import { extractDocx, isZip } from './docx';
import type { PictureReader } from './docx-pictures';
import { ImportProblem, type Extracted } from './extracted';
import { ocrInWorker } from './ocr-client';
import { GARBLED_UNREAD, garbledLayerNote, scanNote } from './ocr-notes';
import { imageKind } from './ocr-image';
import { extractPdf } from './pdf';
import { extractText } from './text';
import { extractCsv, extractWorkbook } from './xlsx';
import { extractOfd } from './ofd';
import { extractHtml } from './html';
import { extractMht } from './mht';
import { extractRtf, isRtf } from './rtf';
import { explainZip } from './zip-bundle';

export type ImportOutcome = { ok: true; doc: ImportedDocument } | { ok: false; failure: ImportFailure };

export interface ImportOptions {
  /** Largest file accepted, in bytes; 50 MiB unless given. */
  maxBytes?: number;
  /** Pages read so far of a scan being read by OCR. */
  onPage?: (done: number, total: number) => void;
  /** Stops OCR of a scan (the file then fails as cancelled). */
  signal?: AbortSignal;
}

export const SUPPORTED_EXTENSIONS: string[] = IMPORTABLE_EXTENSIONS;

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Most text one document may carry: a long policy compilation runs to a few hundred thousand characters. The cap
 * bounds the work after extraction (repair, segmentation, indexing), which grows with the text.
 */
export const MAX_TEXT_CHARS = 2_000_000;

function failure(path: string, code: ImportErrorCode, reason: string): ImportOutcome {
  const file = basename(path);
  return { ok: false, failure: { file, code, message: `无法导入「${displayFileName(file)}」：${reason}` } };
}

/** A file of a cancelled batch that was not read. */
export function notImported(path: string): ImportOutcome {
  return failure(path, 'ocr-cancelled', '导入已取消，该文件未导入。');
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${Math.round(mb * 10) / 10} MB`;
}

const ENCRYPTED_DOCX = '该 Word 文件设置了打开密码，无法读取。请先取消密码保护后再导入。';

/**
 * A PDF with a text layer is read from it; one whose pages are only pictures (a scan) is read by OCR, and so is one whose
 * text layer cannot be decoded (glyph-code-layer, below).
 */
async function extractPdfOrScan(bytes: Uint8Array, options: ImportOptions): Promise<Extracted> {
  try {
    return await extractPdf(bytes);
  } catch (err) {
    if (!(err instanceof ImportProblem)) throw err;
    if (err.code === 'image-only-pdf') return ocrInWorker('pdf', bytes, options);
    if (err.code === 'garbled-text') return readPrintedPages(bytes, options);
    throw err;
  }
}

/**
 * glyph-code-layer: a PDF whose fonts carry no map to Unicode (a gazette set in 方正书版 fonts) gives glyph codes for
 * text, yet its pages print as they should. They are read by OCR as a scan's pages are, and the file says why. When
 * OCR reads nothing from them either, the file is refused as garbled; a cancelled import stays cancelled.
 */
async function readPrintedPages(bytes: Uint8Array, options: ImportOptions): Promise<Extracted> {
  let read: Extracted;
  try {
    read = await ocrInWorker('pdf', bytes, options);
  } catch (err) {
    if (err instanceof ImportProblem && err.code === 'ocr-cancelled') throw err;
    throw new ImportProblem('garbled-text', GARBLED_UNREAD);
  }
  const engine = read.ocr?.engine ?? 'OCR';
  return { ...read, warnings: [garbledLayerNote(engine), ...read.warnings.filter((w) => w !== scanNote(engine))] };
}

/**
 * WPS 文字's own .wps: the Word 97–2003 format with WPS's additions (read as a .doc), or, from newer versions, a .docx
 * inside. A Microsoft Works file shares the extension and is not read.
 */
async function extractWpsWriter(bytes: Uint8Array, options: ImportOptions, file: string): Promise<Extracted> {
  if (isEncryptedOffice(bytes)) throw new ImportProblem('corrupt-docx', '该 WPS 文字文件设置了打开密码，无法读取。请先取消密码保护后再导入。');
  if (isZip(bytes)) return extractDocx(bytes, pictureReader(options, file));
  try {
    return await extractDoc(bytes);
  } catch (err) {
    if (!(err instanceof ImportProblem)) throw err;
    throw new ImportProblem('doc-unreadable', '无法读取该 .wps 文件：它不是 WPS 文字文档（可能是 Microsoft Works 文档）或已损坏。请用 WPS 或 Word 打开后另存为 .docx，再重新导入。');
  }
}

/**
 * A .doc that office systems wrote in another format Word opens under that name: RTF, a web page, or a web archive
 * (单个文件网页); otherwise the Word 97–2003 format.
 */
async function extractDocOrOther(bytes: Uint8Array, warnings: string[]): Promise<Extracted> {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const other = isRtf(bytes)
    ? { kind: 'RTF', read: () => extractRtf(bytes) }
    : /^(\uFEFF|\xEF\xBB\xBF)?\s*</.test(head) && /<html|<body|<p[\s>]|<div|<table/i.test(head)
      ? { kind: '网页（HTML）', read: () => extractHtml(bytes) }
      : /^MIME-Version:|^Content-Type:\s*multipart\//im.test(head)
        ? { kind: '单个文件网页（MHT）', read: () => extractMht(bytes) }
        : null;
  if (!other) return extractDoc(bytes);
  warnings.push(`文件扩展名是 .doc，但内容是${other.kind}格式，已按${other.kind}读取。`);
  return other.read();
}

/** The pictures of a scan pasted into Word are read in the OCR process, one after another, as a scan's pages are. */
function pictureReader(options: ImportOptions, file: string): PictureReader {
  return { file, read: (picture) => ocrInWorker('image', picture, { signal: options.signal }), onPage: options.onPage };
}

/** Chooses the adapter. The bytes win over the extension: .doc files are often .docx inside, and vice versa. */
async function extract(ext: string, bytes: Uint8Array, warnings: string[], options: ImportOptions, file: string): Promise<Extracted> {
  if (IMAGE_EXTENSIONS.includes(ext)) {
    if (!imageKind(bytes)) throw new ImportProblem('corrupt-image', '图片已损坏或不是 PNG、JPEG、TIFF 格式的图片。');
    return ocrInWorker('image', bytes, options);
  }
  switch (ext) {
    case '.txt':
    case '.md':
      return extractText(bytes);
    case '.pdf':
      return extractPdfOrScan(bytes, options);
    case '.docx':
      if (isEncryptedOffice(bytes)) throw new ImportProblem('corrupt-docx', ENCRYPTED_DOCX);
      if (isOle(bytes)) {
        warnings.push('文件扩展名是 .docx，但内容是旧版 Word（.doc）格式，已按 .doc 读取。');
        return extractDoc(bytes);
      }
      return extractDocx(bytes, pictureReader(options, file));
    case '.doc':
      if (isZip(bytes)) {
        warnings.push('文件扩展名是 .doc，但内容是 .docx 格式，已按 .docx 读取。');
        return extractDocx(bytes, pictureReader(options, file));
      }
      return extractDocOrOther(bytes, warnings);
    case '.wps':
      return extractWpsWriter(bytes, options, file);
    case '.xlsx':
    case '.xls':
      return extractWorkbook(bytes, ext === '.xlsx' ? 'xlsx' : 'xls');
    case '.et':
      // WPS 表格 saves the Excel 97–2003 format under its own extension (newer versions may save .xlsx inside).
      return extractWorkbook(bytes, 'et');
    case '.csv':
      return extractCsv(bytes);
    case '.ofd':
      return extractOfd(bytes);
    case '.rtf':
      return extractRtf(bytes);
    case '.zip':
      // An archive reaches the importer only when it gave no file to import: it is told why.
      return explainZip(bytes);
    case '.html':
    case '.htm':
      return extractHtml(bytes);
    case '.mht':
    case '.mhtml':
      return extractMht(bytes);
    default:
      throw new Error(`no adapter for ${ext}`);
  }
}

/**
 * Characters XML 1.0 forbids (stray controls, U+FFFE, U+FFFF, lone surrogates) become spaces, one for one so the
 * blocks' offsets into the text stay right; otherwise they would reach the Word exports and break them.
 */
function withoutXmlForbidden(extracted: Extracted, warnings: string[]): Extracted {
  const inText = countXmlForbidden(extracted.text);
  const inBlocks = extracted.blocks.reduce((n, b) => n + countXmlForbidden(b.text), 0);
  if (inText + inBlocks === 0) return extracted;
  warnings.push(`文件中有 ${inText || inBlocks} 个无法写入 Word 的控制字符（如 U+FFFE），已替换为空格。`);
  return {
    ...extracted,
    text: replaceXmlForbidden(extracted.text, ' '),
    blocks: extracted.blocks.map((b) => ({ ...b, text: replaceXmlForbidden(b.text, ' ') })),
  };
}

/** Imports one file. */
export async function importFile(path: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    const shown = ext || '无扩展名';
    return failure(path, 'unsupported-type', `不支持该文件类型（${shown}）。可导入的类型：${SUPPORTED_EXTENSIONS.join('、')}。`);
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return failure(path, 'not-found', '该路径不是文件。');
    size = info.size;
  } catch {
    return failure(path, 'not-found', '找不到该文件，可能已被移动、改名或删除。');
  }
  if (size === 0) return failure(path, 'empty-file', '文件是空的（0 字节）。');
  if (size > maxBytes) {
    return failure(path, 'too-large', `文件大小为 ${megabytes(size)}，超过了 ${megabytes(maxBytes)} 的上限。`);
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return failure(path, 'not-found', '无法读取该文件，请检查文件是否被其他程序占用或没有访问权限。');
  }

  const warnings: string[] = [];
  let extracted: Extracted;
  try {
    extracted = await extract(ext, bytes, warnings, options, displayFileName(basename(path)));
  } catch (err) {
    if (err instanceof ImportProblem) return failure(path, err.code, err.reason);
    return failure(path, 'no-text', '读取文件内容时出错，未能取得文字。');
  }

  if (extracted.text.length > MAX_TEXT_CHARS) {
    const wan = (n: number) => `${Math.round(n / 10_000).toLocaleString('en-US')} 万`;
    return failure(path, 'too-large', `文件中的文字约 ${wan(extracted.text.length)}字，超过了单个文件 ${wan(MAX_TEXT_CHARS)}字的上限，未导入。请拆分后再导入。`);
  }
  extracted = withoutXmlForbidden(extracted, warnings);
  const paragraphs = repairParagraphs(extracted.blocks);
  if (paragraphs.length === 0) return failure(path, 'no-text', '文件中没有可读取的文字。');

  const doc: ImportedDocument = {
    fileName: basename(path),
    path,
    size,
    hash: createHash('sha256').update(bytes).digest('hex'),
    format: extracted.format,
    pageCount: extracted.pageCount,
    text: extracted.text,
    paragraphs,
    warnings: [...warnings, ...extracted.warnings],
  };
  if (extracted.encoding) doc.encoding = extracted.encoding;
  if (extracted.ocr) doc.ocr = extracted.ocr;
  return { ok: true, doc };
}

/**
 * Imports files one after another (the parsers are CPU-bound), reporting each; one bad file stops nothing.
 * Once `signal` is aborted the scan being read stops and the files not yet read are reported as cancelled.
 */
export async function importBatch(
  paths: string[],
  options: Omit<ImportOptions, 'onPage'> & {
    onProgress?: (done: number, total: number, file: string) => void;
    /** Pages of the scan `file` read by OCR so far. */
    onPage?: (done: number, total: number, file: string) => void;
  } = {},
): Promise<ImportOutcome[]> {
  const { onProgress, onPage, ...importOptions } = options;
  const outcomes: ImportOutcome[] = [];
  for (const path of paths) {
    let outcome: ImportOutcome;
    try {
      if (importOptions.signal?.aborted) outcome = notImported(path);
      else outcome = await importFile(path, { ...importOptions, onPage: onPage && ((done, total) => onPage(done, total, basename(path))) });
    } catch {
      outcome = failure(path, 'no-text', '读取文件内容时出错，未能取得文字。');
    }
    outcomes.push(outcome);
    try {
      onProgress?.(outcomes.length, paths.length, basename(path));
    } catch {
      // A failing progress listener must not stop the batch.
    }
  }
  return outcomes;
}
