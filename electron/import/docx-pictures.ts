// A .docx whose pages are scans pasted in as pictures (pasted-scan, shared/text/pasted-scan.ts): each picture read by
// OCR in the order the body places it (document.xml, through the main part's relationships to the media part), and
// its text put between the typed paragraphs around it. Pictures are inflated one at a time under the zip caps, a
// picture that cannot be read is named in a warning while the rest is read, and a body of more pictures than an
// import reads in reasonable time is refused whole, as a PDF of too many pages is.
import { basename, posix } from 'node:path';
import { isPagePicture, isPastedScan } from '../../shared/text/pasted-scan';
import type { LayoutBlock } from '../../shared/text/repair';
import type { OcrReading, TextSpan } from '../../shared/types';
import { ImportProblem, type Extracted } from './extracted';
import { imageKind } from './ocr-image';
import { uncertainWarning } from './ocr';
import { elements, parseXml } from './xml-lite';
import { inflateEntry, listZipEntries, ZipFormatError, ZipLimitError, type ZipEntry } from './zip-limits';

/** A block of the body as the Word reader builds it, or a picture (its relationship id) standing between blocks. */
export interface BodyItem extends Omit<LayoutBlock, 'start' | 'end'> {
  picture?: string;
  shownCm?: { width: number; height: number };
}

/** Reads one picture (PNG, JPEG or TIFF bytes) by OCR, and hears how many have been read. */
export interface PictureReader {
  /** The file's name as shown, for the messages. */
  file: string;
  read(bytes: Uint8Array): Promise<Extracted>;
  onPage?(done: number, total: number): void;
}

/**
 * Most pictures one .docx may have read: a picture takes about a second (a 200 dpi A4 page), so a hundred take under
 * two minutes, more than any report's scan needs. A body of more is refused whole, never read in part.
 */
export const MAX_DOCX_PICTURES = 100;

const MiB = 1024 * 1024;
/** What the pictures may inflate to: each, and all of them together (the cap every zip-based file is read under). */
export const DOCX_MEDIA_CAPS = { entryBytes: 64 * MiB, totalBytes: 200 * MiB };

const IMAGE_REL = /\/relationships\/image$/;

/** The main part's relationships: word/_rels/document.xml.rels for word/document.xml. */
export function relsPartOf(main: string): string {
  return posix.join(posix.dirname(main), '_rels', `${posix.basename(main)}.rels`);
}

/** The part each picture relationship points to (by id); null for a picture linked from outside the file. */
export function pictureTargets(rels: Uint8Array | undefined, main: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (!rels) return out;
  let root;
  try {
    root = parseXml(new TextDecoder().decode(rels));
  } catch {
    return out;
  }
  for (const r of elements(root)) {
    const { Id: id, Type: type, Target: target, TargetMode: mode } = r.attrs;
    if (!id || !target || !IMAGE_REL.test(type ?? '')) continue;
    if (mode === 'External') out.set(id, null);
    else out.set(id, target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(main), target)));
  }
  return out;
}

/**
 * The pictures a body places at the size of a page's part, in its order: each with its relationship id and the part it
 * points to (null for one linked from outside the file, undefined for a relationship the file lacks). Pictures shown
 * smaller (a seal, a logo, an icon, a strip of a screen) are no pages.
 */
export function pagePictures(items: readonly BodyItem[], targets: Map<string, string | null>): { id: string; part: string | null | undefined }[] {
  return items.filter((b) => b.picture && isPagePicture(b.shownCm)).map((b) => ({ id: b.picture!, part: targets.get(b.picture!) }));
}

/** The format of a picture that cannot be read, by its bytes (or its name), for the message. */
function formatName(part: string, bytes: Uint8Array): string {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.byteLength >= 44 && ascii(40, 44) === ' EMF') return 'EMF';
  if ((bytes[0] === 0xd7 && bytes[1] === 0xcd && bytes[2] === 0xc6 && bytes[3] === 0x9a) || (bytes[0] === 0x01 && bytes[1] === 0x00 && bytes[2] === 0x09 && bytes[3] === 0x00)) return 'WMF';
  if (ascii(0, 4) === 'GIF8') return 'GIF';
  if (ascii(0, 2) === 'BM') return 'BMP';
  const ext = posix.extname(part).slice(1).toUpperCase();
  return ext || '未知';
}

/** One picture part, inflated under the per-picture cap; null when the file lacks it or it is damaged or too large. */
export function inflatePicture(bytes: Uint8Array, part: string): Uint8Array | null {
  try {
    const entry = listZipEntries(bytes).find((e) => e.name === part);
    return entry ? inflateEntry(bytes, entry, DOCX_MEDIA_CAPS.entryBytes) : null;
  } catch {
    return null;
  }
}

interface PictureRead {
  extracted: Extracted | null;
}

/**
 * The body read with its pictures, when they carry it (pasted-scan); null when they do not (no pictures, or typed
 * text of a page or more), and the typed text alone is the document.
 */
export async function readPastedScan(bytes: Uint8Array, items: BodyItem[], targets: Map<string, string | null>, reader: PictureReader): Promise<Extracted | null> {
  const typed = items.filter((b) => !b.picture).map((b) => b.text).join('\n');
  const pictures = pagePictures(items, targets);
  if (!isPastedScan(typed, pictures.length)) return null;
  if (pictures.length > MAX_DOCX_PICTURES) {
    throw new ImportProblem(
      'too-large',
      `这份 Word 文件的正文贴有 ${pictures.length.toLocaleString('en-US')} 张图片，超过了单个文件识别 ${MAX_DOCX_PICTURES} 张图片的上限，整份文件未导入（不只识别其中一部分，以免报告只导入一半而不被察觉）。请拆分为多个文件，或直接导入原扫描件（PDF）。`,
    );
  }

  let entries: Map<string, ZipEntry>;
  try {
    entries = new Map(listZipEntries(bytes).map((e) => [e.name, e]));
  } catch {
    throw new ImportProblem('corrupt-docx', '文件已损坏，无法作为 Word（.docx）读取。请用 Word 或 WPS 打开后重新保存为 .docx。');
  }
  const warnings: string[] = [];
  const unread: string[] = [];
  const empty: number[] = [];
  const byPart = new Map<string, PictureRead>();
  const read: (Extracted | null)[] = [];
  let left = DOCX_MEDIA_CAPS.totalBytes;
  reader.onPage?.(0, pictures.length);
  for (const [i, { part }] of pictures.entries()) {
    const n = i + 1;
    const label = `「${reader.file}」的第 ${n} 张图片${part ? `（${basename(part)}）` : ''}`;
    let got: PictureRead | undefined = part ? byPart.get(part) : undefined;
    if (!got) {
      got = { extracted: null };
      const entry = part ? entries.get(part) : undefined;
      if (part === null) unread.push(`${label}链接到文件以外，文件中没有这张图片`);
      else if (!part || !entry) unread.push(`${label}在文件中缺失`);
      else {
        let data: Uint8Array | null = null;
        const cap = Math.min(DOCX_MEDIA_CAPS.entryBytes, left);
        try {
          data = inflateEntry(bytes, entry, cap);
          left -= data.byteLength;
        } catch (err) {
          if (err instanceof ZipLimitError) {
            const mb = (cap < DOCX_MEDIA_CAPS.entryBytes ? DOCX_MEDIA_CAPS.totalBytes : DOCX_MEDIA_CAPS.entryBytes) / MiB;
            throw new ImportProblem('too-large', `文件中的图片解压后超过了 ${mb} MB 的上限（可能是“压缩炸弹”或异常文件），未导入。请用 Word 或 WPS 打开后另存为 .docx 再导入。`);
          }
          if (!(err instanceof ZipFormatError)) throw err;
          unread.push(`${label}已损坏`);
        }
        if (data && !imageKind(data)) {
          unread.push(`${label}是 ${formatName(part, data)} 格式，只能识别 PNG、JPEG、TIFF 格式的图片`);
        } else if (data) {
          try {
            got.extracted = await reader.read(data);
          } catch (err) {
            if (err instanceof ImportProblem && err.code === 'ocr-cancelled') throw err;
            if (err instanceof ImportProblem && err.code === 'no-text') empty.push(n);
            else unread.push(`${label}无法识别：${err instanceof ImportProblem ? err.reason.replace(/。$/, '') : '读取图片时出错'}`);
          }
        }
      }
      if (part) byPart.set(part, got);
    }
    read.push(got.extracted);
    reader.onPage?.(n, pictures.length);
  }

  // The typed paragraphs and the pictures' text, in the body's order; a picture's lines keep its number as their page.
  let text = '';
  const blocks: LayoutBlock[] = [];
  const uncertain: TextSpan[] = [];
  let engine = '';
  let picture = 0;
  const add = (b: Omit<LayoutBlock, 'start' | 'end'>) => {
    if (text) text += '\n';
    const start = text.length;
    text += b.text;
    blocks.push({ ...b, start, end: text.length });
  };
  for (const item of items) {
    if (!item.picture) {
      if (item.text.trim()) add({ ...item, typedSpaces: true });
      continue;
    }
    if (!isPagePicture(item.shownCm)) continue;
    picture += 1;
    const got = read[picture - 1];
    if (!got) continue;
    engine ||= got.ocr?.engine ?? '';
    if (!got.text.trim()) continue;
    if (text) text += '\n';
    const base = text.length;
    text += got.text;
    for (const b of got.blocks) blocks.push({ ...b, start: b.start + base, end: b.end + base, page: picture });
    for (const s of got.ocr?.uncertain ?? []) uncertain.push({ start: s.start + base, end: s.end + base });
  }

  const problems = unread.length ? `${unread.join('；')}，未能读出其中的文字。请在 Word 中把这些图片另存为 PNG 或 JPEG 后重新贴入，或直接导入原扫描件（PDF 或图片）。` : '';
  const readCount = read.filter(Boolean).length;
  if (readCount === 0) {
    if (typed.trim() === '') {
      if (problems) throw new ImportProblem('corrupt-image', `这份 Word 文件里只有图片、没有文字（可能是把扫描件贴进了 Word）：${problems}`);
      throw new ImportProblem('no-text', DOCX_PICTURES_NO_TEXT);
    }
  } else {
    warnings.push(`本文件是贴进 Word 的扫描件（正文有 ${pictures.length} 张图片），图片中的文字由 OCR（${engine}）识别得出，可能有个别错字，请对照原件核对。`);
    const doubt = uncertainWarning(text, uncertain, uncertain.reduce((sum, s) => sum + s.end - s.start, 0));
    if (doubt) warnings.push(doubt);
  }
  if (problems) warnings.push(problems);
  if (empty.length) warnings.push(`第 ${empty.join('、')} 张图片中没有识别出文字（可能是照片、图案或空白页）。`);
  const extracted: Extracted = { format: 'docx', text, blocks, pageCount: readCount > 0 ? pictures.length : null, warnings };
  if (readCount > 0) extracted.ocr = { engine, pages: pictures.length, uncertain } satisfies OcrReading;
  return extracted;
}

/** A body of pictures only, none of them holding text the OCR could find. */
export const DOCX_PICTURES_NO_TEXT =
  '这份 Word 文件里只有图片、没有文字，图片中也没有识别出文字（可能是照片或图案，或扫描件过于模糊）。如果它是扫描件，请直接导入原扫描件（PDF 或图片），或以 300 dpi 左右重新扫描后再导入。';
