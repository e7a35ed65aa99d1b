// Reading zip containers (.docx, .xlsx, OFD) with a cap on what each entry inflates to, enforced by zlib while it
// inflates: a decompression bomb stops at the cap instead of filling memory. The central directory's sizes are the
// file's own claims, so they are never trusted for the cap.
import { inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { ImportErrorCode } from '../../shared/types';
import { ImportProblem } from './extracted';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; other methods are not read. */
  method: number;
  compressedSize: number;
  /** As the directory states it (may lie). */
  declaredSize: number;
  localHeaderOffset: number;
}

/** An entry (or the entries together) would inflate past the cap. */
export class ZipLimitError extends Error {
  constructor(
    readonly entry: string,
    readonly limitBytes: number,
  ) {
    super(`zip entry ${entry} inflates past ${limitBytes} bytes`);
    this.name = 'ZipLimitError';
  }
}

/** The container is not a zip this reader understands (damaged, truncated, zip64, encrypted entries). */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries listed in the central directory. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let p = bytes.byteLength - 22; p >= Math.max(0, bytes.byteLength - 22 - 0xffff); p -= 1) {
    if (view.getUint32(p, true) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) throw new ZipFormatError('zip64 is not read');
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  // Names are UTF-8 where the entry says so (flag bit 11) or where they read as UTF-8; an archive made by Chinese
  // Windows writes them in GBK without saying.
  const nameOf = (raw: Uint8Array, flags: number) => {
    if (flags & 0x800) return new TextDecoder().decode(raw);
    try {
      return utf8.decode(raw);
    } catch {
      return iconv.decode(Buffer.from(raw), 'gb18030');
    }
  };
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError('damaged central directory');
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (flags & 1) throw new ZipFormatError('encrypted entry');
    entries.push({
      name: nameOf(bytes.subarray(p + 46, p + 46 + nameLength), flags),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's data as stored (compressed or not), found through its local header. */
export function storedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError('damaged local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw new ZipFormatError('truncated entry');
  return bytes.subarray(start, end);
}

/** Inflates one entry; throws ZipLimitError as soon as its output would pass `capBytes`. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, capBytes: number): Uint8Array {
  const data = storedData(bytes, entry);
  if (entry.method === 0) {
    if (data.byteLength > capBytes) throw new ZipLimitError(entry.name, capBytes);
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: capBytes });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipLimitError(entry.name, capBytes);
    throw new ZipFormatError('damaged deflate data');
  }
}

export interface ZipCaps {
  /** Largest any one entry may inflate to. */
  entryBytes: number;
  /** Largest the entries read may inflate to together. */
  totalBytes: number;
}

/**
 * Inflates the entries `wanted` picks, each under the entry cap and all under the total cap (each inflation is
 * bounded by what is left of the total, so the total too is checked while inflating).
 */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, caps: ZipCaps): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let left = caps.totalBytes;
  for (const entry of listZipEntries(bytes)) {
    if (!wanted(entry.name)) continue;
    const cap = Math.min(caps.entryBytes, left);
    let data: Uint8Array;
    try {
      data = inflateEntry(bytes, entry, cap);
    } catch (err) {
      // Past the total rather than the entry's own cap: report the total.
      if (err instanceof ZipLimitError && cap < caps.entryBytes) throw new ZipLimitError(entry.name, caps.totalBytes);
      throw err;
    }
    left -= data.byteLength;
    out.set(entry.name, data);
  }
  return out;
}

/** Default cap on everything an archive may inflate to: 200 MiB. */
export const DEFAULT_MAX_UNPACKED = 200 * 1024 * 1024;

/**
 * Every file of an archive (folders left out) for an importer, under one cap for each entry and for all of them
 * together: a damaged archive becomes the format's own problem (`code`, `reason`); one that inflates past the cap
 * a "too large" problem saying so.
 */
export function readArchive(bytes: Uint8Array, code: ImportErrorCode, reason: string, maxUnpacked = DEFAULT_MAX_UNPACKED): Map<string, Buffer> {
  try {
    const files = new Map<string, Buffer>();
    const entries = readZipEntries(bytes, (name) => !name.endsWith('/'), { entryBytes: maxUnpacked, totalBytes: maxUnpacked });
    for (const [name, data] of entries) files.set(name.replace(/\\/g, '/'), Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    return files;
  } catch (err) {
    if (err instanceof ZipLimitError) {
      const mb = Math.round(err.limitBytes / (1024 * 1024));
      throw new ImportProblem('too-large', `文件解压后超过 ${mb} MB 的上限，可能已损坏或是恶意构造的压缩包，已停止读取。`);
    }
    throw new ImportProblem(code, reason);
  }
}
