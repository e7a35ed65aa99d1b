// File names that can be created on Windows (and anywhere else) from any text: a department's name, an
// uploaded file's name. Windows refuses \ / : * ? " < > | and control characters, silently drops trailing
// dots and spaces, reserves CON, PRN, AUX, NUL, COM1–9 and LPT1–9 (with any extension), and most programs
// there still stop at 260 characters for the whole path, so names are kept well short of it.

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** Direction controls: they make a name display as something else ("evil\u202Efdp.txt"). */
const DIRECTION_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters XML forbids and unpaired surrogates: no file system API takes them reliably. */
const UNPAIRED = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

/** Longest file name produced, extension included: a folder path of up to 140 characters still fits in 260. */
export const MAX_FILE_NAME_CHARS = 120;

/** A short, stable tag of a text, so two long names cut to the same prefix stay apart. */
function tag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/** Characters a file name cannot hold become "_", and the ends lose dots and spaces. */
function clean(text: string): string {
  return text
    .replace(FORBIDDEN, '_')
    .replace(DIRECTION_CONTROLS, '_')
    .replace(UNPAIRED, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
}

/**
 * A part of a file name (no extension): cleaned, never a reserved device name, at most `maxChars`
 * characters (a cut name ends in a tag of the whole, so different long names stay different). Empty when
 * nothing usable is left.
 */
export function safeFileStem(raw: string, maxChars: number): string {
  let stem = clean(raw);
  if (!stem) return '';
  if (RESERVED.test(stem.split('.')[0])) stem = `_${stem}`;
  const chars = Array.from(stem);
  if (chars.length <= maxChars) return stem;
  const suffix = `~${tag(raw)}`;
  return clean(chars.slice(0, Math.max(1, maxChars - suffix.length)).join('')) + suffix;
}

/** A whole file name from any text (a path keeps only its last part); the extension is kept when it looks like one. */
export function safeFileName(raw: string, fallback = '未命名文件', maxChars = MAX_FILE_NAME_CHARS): string {
  const last = clean(raw.split(/[\\/]/).pop() ?? '');
  const ext = EXTENSION.exec(last)?.[0] ?? '';
  const stem = safeFileStem(last.slice(0, last.length - ext.length), maxChars - ext.length) || fallback;
  return stem + ext;
}
