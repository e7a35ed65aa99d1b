// Web archives (.mht, .mhtml: 单个文件网页, as Internet Explorer, Word and WPS save a page): a MIME message whose
// first HTML part is the page; pictures and styles beside it are not read.
import { ImportProblem, type Extracted } from './extracted';
import { extractHtml } from './html';

const NO_PAGE = '文件中没有找到网页内容，可能不是“单个文件网页”（.mht）或已损坏。请用浏览器或 Word 打开后另存为 .docx 或 .pdf。';

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** A header's parameter (boundary, charset), unquoted. */
function parameter(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]).trim() : null;
}

/** Headers (names lower case, folded lines joined) and body of a MIME entity held as a byte string. */
function entity(raw: string): Part {
  const end = /\r?\n\r?\n/.exec(raw);
  const head = end ? raw.slice(0, end.index) : raw;
  const body = end ? raw.slice(end.index + end[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** The body's bytes, undoing its transfer encoding. */
function bodyBytes(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    const soft = part.body.replace(/=\r?\n/g, '');
    const out = Buffer.alloc(soft.length);
    let n = 0;
    for (let i = 0; i < soft.length; i++) {
      const hex = soft[i] === '=' ? soft.slice(i + 1, i + 3) : '';
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 2;
      } else out[n++] = soft.charCodeAt(i) & 0xff;
    }
    return out.subarray(0, n);
  }
  return Buffer.from(part.body, 'latin1');
}

const isHtml = (part: Part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? '');

/** The page of a web archive: its first HTML part, found through nested multiparts. */
function pagePart(part: Part, depth = 0): Part | null {
  if (isHtml(part)) return part;
  const type = part.headers.get('content-type') ?? '';
  const boundary = /^multipart\//i.test(type) ? parameter(type, 'boundary') : null;
  if (!boundary || depth > 4) return null;
  for (const piece of part.body.split(`--${boundary}`).slice(1)) {
    if (piece.startsWith('--')) break;
    const found = pagePart(entity(piece.replace(/^\r?\n/, '')), depth + 1);
    if (found) return found;
  }
  return null;
}

export function extractMht(bytes: Uint8Array): Extracted {
  const page = pagePart(entity(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')));
  if (!page) throw new ImportProblem('no-text', NO_PAGE);
  return extractHtml(bodyBytes(page), parameter(page.headers.get('content-type') ?? '', 'charset'), 'mht');
}
