// Zip archives of documents (各单位报送材料.zip): a batch takes the files inside an archive as if they had been
// chosen one by one (an archive inside it opened too). They are inflated off this thread, under caps on each file, on the whole archive and on
// the number of files, into a folder of the batch's own that goes when the batch ends. An archive that gives
// nothing (damaged, locked by a password, too large, or holding no document) stays in the batch as itself, and
// the importer says why (explainZip).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { ImportProblem } from './extracted';
import { listZipEntries, storedData, ZipFormatError, type ZipEntry } from './zip-limits';

const inflate = promisify(inflateRaw);

/** Largest a file inside an archive may inflate to (the importer's own cap on a file). */
const ENTRY_BYTES = 50 * 1024 * 1024;
/** Largest everything a batch takes from archives may inflate to. */
const ARCHIVE_BYTES = 200 * 1024 * 1024;
/** Most files a batch takes from archives. */
const ARCHIVE_FILES = 2000;

export const isZipPath = (path: string) => extname(path).toLowerCase() === '.zip';

/** A file worth taking: not a folder, not the leftovers of another system (__MACOSX, ._x, Thumbs.db). */
function wanted(name: string): boolean {
  const parts = name.split('/');
  const file = parts[parts.length - 1];
  return file !== '' && file.toLowerCase() !== 'thumbs.db' && !parts.some((p) => p === '__MACOSX' || p.startsWith('.'));
}

/** What one batch may still take from archives (an archive inside an archive draws on the same). */
interface Budget {
  bytes: number;
  files: number;
}

/** Archives inside archives are opened this deep. */
const MAX_DEPTH = 3;

/** One entry inflated off this thread (zip-limits' inflateEntry does it on the thread); null past `cap` or damaged. */
async function inflateOff(bytes: Uint8Array, entry: ZipEntry, cap: number): Promise<Uint8Array | null> {
  try {
    const data = storedData(bytes, entry);
    if (entry.method === 0) return data.byteLength <= cap ? data : null;
    return entry.method === 8 ? await inflate(data, { maxOutputLength: cap }) : null;
  } catch {
    return null;
  }
}

/**
 * The files of one archive, written under `dir` (an archive inside it opened in turn); null when it gives none
 * (the importer then says why). Every file is taken, not only importable ones, so that the importer names those it
 * cannot read.
 */
async function expandOne(path: string, dir: string, budget: Budget, depth: number): Promise<string[] | null> {
  let bytes: Buffer;
  let entries: ZipEntry[];
  try {
    bytes = readFileSync(path);
    entries = listZipEntries(bytes).filter((e) => wanted(e.name));
  } catch {
    return null;
  }
  if (entries.length === 0 || entries.length > budget.files) return null;
  budget.files -= entries.length;
  const files: string[] = [];
  for (const [k, entry] of entries.entries()) {
    const data = await inflateOff(bytes, entry, Math.min(ENTRY_BYTES + 1, budget.bytes));
    if (!data || data.byteLength > ENTRY_BYTES) return null;
    budget.bytes -= data.byteLength;
    // Each file in a folder of its own keeps its name (two departments may send 落实情况报告.docx).
    const folder = join(dir, String(k));
    mkdirSync(folder);
    const file = join(folder, basename(entry.name));
    writeFileSync(file, data);
    const inner = isZipPath(file) && depth < MAX_DEPTH ? await expandOne(file, folder, budget, depth + 1) : null;
    files.push(...(inner ?? [file]));
  }
  return files;
}

export interface ExpandedPaths {
  /** The batch's files: each archive that gives files replaced by them, in the archive's order. */
  paths: string[];
  /** Removes what the archives gave. */
  cleanup(): void;
}

export async function expandZips(paths: string[]): Promise<ExpandedPaths> {
  if (!paths.some(isZipPath)) return { paths, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-zip-'));
  const budget: Budget = { bytes: ARCHIVE_BYTES, files: ARCHIVE_FILES };
  const out: string[] = [];
  for (const [k, path] of paths.entries()) {
    if (!isZipPath(path)) {
      out.push(path);
      continue;
    }
    const folder = join(dir, String(k));
    mkdirSync(folder);
    out.push(...((await expandOne(path, folder, budget, 1)) ?? [path]));
  }
  return { paths: out, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Why an archive left in a batch gave no file (the importer's message for it). */
export function explainZip(bytes: Uint8Array): never {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch (err) {
    if (err instanceof ZipFormatError && /encrypted/.test(err.message)) {
      throw new ImportProblem('corrupt-archive', '压缩包设置了密码，无法解压。请解压后导入其中的文件。');
    }
    throw new ImportProblem('corrupt-archive', '压缩包已损坏或不是 zip 格式（.rar、.7z 等请先解压），无法读取。');
  }
  const files = entries.filter((e) => wanted(e.name));
  if (files.length === 0) {
    throw new ImportProblem('corrupt-archive', '压缩包是空的，没有可导入的文件。');
  }
  if (files.length > ARCHIVE_FILES) throw new ImportProblem('too-large', `压缩包中有 ${files.length} 个文件，超过了一次导入 ${ARCHIVE_FILES} 个的上限。请解压后分批导入。`);
  throw new ImportProblem(
    'too-large',
    `压缩包中的文件解压后超过了上限（单个文件 ${ENTRY_BYTES / 1024 / 1024} MB，一次导入的压缩包合计 ${ARCHIVE_BYTES / 1024 / 1024} MB、${ARCHIVE_FILES} 个文件），或有文件已损坏，已停止解压。请解压后导入其中的文件。`,
  );
}
