// A cap on what a PDF's compressed streams inflate to, checked before a reader parses them: a small file can hold a
// content stream of a gigabyte, which a reader would inflate whole. Images are skipped (text extraction never decodes
// them); page contents, fonts and object streams count. zlib stops each inflation at the cap.
import { inflateSync, inflateRawSync } from 'node:zlib';

export interface StreamCaps {
  /** Largest one stream may inflate to. */
  streamBytes: number;
  /** Largest all counted streams may inflate to together. */
  totalBytes: number;
}

/**
 * A page's content runs to tens of kilobytes and a full embedded CJK font to about 20 MB; the caps allow that and
 * keep a reader's memory (which grows with the content it parses) bounded.
 */
export const PDF_STREAM_CAPS: StreamCaps = { streamBytes: 32 * 1024 * 1024, totalBytes: 128 * 1024 * 1024 };

export class StreamLimitError extends Error {
  constructor(readonly limitBytes: number) {
    super(`PDF stream inflates past ${limitBytes} bytes`);
    this.name = 'StreamLimitError';
  }
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');
/** How far back from `stream` the stream's dictionary is looked for. */
const DICT_WINDOW = 4096;

/** Inflates with the cap; damaged data is left for the reader to judge. */
function inflatedSize(data: Uint8Array, cap: number): number {
  for (const inflate of [inflateSync, inflateRawSync]) {
    try {
      return inflate(data, { maxOutputLength: cap }).byteLength;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new StreamLimitError(cap);
    }
  }
  return 0;
}

/** Throws StreamLimitError when a Flate stream (other than an image) inflates past the caps. */
export function checkPdfStreams(bytes: Uint8Array, caps: StreamCaps = PDF_STREAM_CAPS): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = caps.totalBytes;
  let at = buf.indexOf(STREAM);
  while (at >= 0) {
    // `endstream` also contains `stream`; only a keyword right after a dictionary opens a stream.
    const isEnd = at >= 3 && buf.toString('latin1', at - 3, at) === 'end';
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start += 1;
    if (buf[start] === 0x0a) start += 1;
    const end = buf.indexOf(ENDSTREAM, start);
    if (isEnd || end < 0) {
      at = buf.indexOf(STREAM, at + STREAM.length);
      continue;
    }
    // The dictionary is what lies between the object's `N 0 obj` and the keyword.
    const objAt = buf.lastIndexOf(OBJ, at);
    const dict = buf.toString('latin1', Math.max(objAt, at - DICT_WINDOW, 0), at);
    if (/\/FlateDecode|\/Fl\b/.test(dict) && !/\/Subtype\s*\/Image/.test(dict)) {
      const cap = Math.min(caps.streamBytes, left);
      try {
        left -= inflatedSize(buf.subarray(start, end), cap);
      } catch (err) {
        throw err instanceof StreamLimitError && cap < caps.streamBytes ? new StreamLimitError(caps.totalBytes) : err;
      }
    }
    at = buf.indexOf(STREAM, end + ENDSTREAM.length);
  }
}
