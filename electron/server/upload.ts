// Browser pages cannot hand over file paths, so uploads land in a private temp folder and are imported from there.
import { createWriteStream, mkdirSync, unlinkSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { safeFileName } from '../../shared/text/file-name';
import { ApiFailure } from '../api/errors';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;


export function uploadName(req: IncomingMessage): string {
  const header = req.headers['x-file-name'];
  if (typeof header !== 'string' || !header) throw new ApiFailure('bad-input', '上传缺少文件名');
  try {
    return safeFileName(decodeURIComponent(header));
  } catch {
    throw new ApiFailure('bad-input', '上传的文件名无法识别');
  }
}

/** Streams the body into <uploadDir>/<random>/<name> so the imported document keeps its own file name. */
export async function receiveUpload(req: IncomingMessage, uploadDir: string, limit = MAX_UPLOAD_BYTES): Promise<string> {
  const name = uploadName(req);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new ApiFailure('bad-input', `${name}：文件超过 ${Math.round(limit / 1024 / 1024)} MB，无法上传`);
  const folder = join(uploadDir, randomUUID());
  mkdirSync(folder, { recursive: true });
  const target = join(folder, name);
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > limit) done(new ApiFailure('bad-input', `${name}：文件超过 ${Math.round(limit / 1024 / 1024)} MB，无法上传`));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(req, counter, createWriteStream(target));
  } catch (err) {
    try {
      unlinkSync(target);
    } catch {
      /* nothing written */
    }
    throw err;
  }
  return target;
}
