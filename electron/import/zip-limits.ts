// Reads the entries of a zip archive (.xlsx, .ofd, .docx are zips) with a cap on what inflating may produce,
// so a small file that expands to gigabytes (a zip bomb) is refused before it fills memory. The cap is
// enforced while inflating, not taken from the sizes the archive claims, which can lie.
import { inflateRawSync } from 'node:zlib';
import type { ImportErrorCode } from '../../shared/types';
import { ImportProblem } from './extracted';

/** Default cap on everything an archive may inflate to: 200 MiB. */
export const DEFAULT_MAX_UNPACKED = 200 * 1024 * 1024;

export class ZipLimitError extends Error {
  constructor(readonly limit: number) {
    super(`archive expands beyond ${limit} bytes`);
    this.name = 'ZipLimitError';
  }
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

export interface ZipLimits {
  /** Largest total of inflated bytes over all entries read. */
  maxUnpacked?: number;
  /** Most entries the archive may list. */
  maxEntries?: number;
}

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function centralDirectory(buf: Buffer, maxEntries: number): CentralEntry[] {
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= floor; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('zip64 archives are not read');
  if (count > maxEntries) throw new ZipLimitError(maxEntries);
  const entries: CentralEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError('broken central directory');
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The archive's files by name (folders left out), inflated under the caps. Throws ZipLimitError when the
 * caps are passed and ZipFormatError for a damaged, encrypted or zip64 archive.
 */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits = {}): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const maxUnpacked = limits.maxUnpacked ?? DEFAULT_MAX_UNPACKED;
  let budget = maxUnpacked;
  const files = new Map<string, Buffer>();
  for (const entry of centralDirectory(buf, limits.maxEntries ?? 10_000)) {
    if (entry.name.endsWith('/')) continue;
    if (entry.flags & 1) throw new ZipFormatError('encrypted entry');
    const local = entry.localOffset;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipFormatError('broken local header');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new ZipFormatError('truncated entry');
    let content: Buffer;
    if (entry.method === 0) {
      content = Buffer.from(data);
    } else if (entry.method === 8) {
      if (budget <= 0) throw new ZipLimitError(maxUnpacked);
      try {
        content = inflateRawSync(data, { maxOutputLength: budget });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new ZipLimitError(maxUnpacked);
        throw new ZipFormatError('bad deflate data');
      }
    } else {
      throw new ZipFormatError(`compression method ${entry.method}`);
    }
    budget -= content.length;
    if (budget < 0) throw new ZipLimitError(maxUnpacked);
    files.set(entry.name.replace(/\\/g, '/'), content);
  }
  return files;
}

/**
 * readZipEntries for an importer: a damaged archive becomes the format's own problem (`code`, `reason`);
 * one that inflates past the cap a "too large" problem saying so.
 */
export function readArchive(bytes: Uint8Array, code: ImportErrorCode, reason: string, limits: ZipLimits = {}): Map<string, Buffer> {
  try {
    return readZipEntries(bytes, limits);
  } catch (err) {
    if (err instanceof ZipLimitError) {
      const mb = Math.round(err.limit / (1024 * 1024));
      throw new ImportProblem('too-large', `文件解压后超过 ${mb} MB 的上限，可能已损坏或是恶意构造的压缩包，已停止读取。`);
    }
    throw new ImportProblem(code, reason);
  }
}
