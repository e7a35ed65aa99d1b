// Characters XML 1.0 cannot carry (C0 controls but tab, newline and carriage return; U+FFFE and U+FFFF; lone
// surrogates). One of them anywhere in a .docx part makes Word and LibreOffice refuse the whole file.

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** How many characters of `text` XML 1.0 forbids. */
export function countXmlForbidden(text: string): number {
  return text.match(FORBIDDEN)?.length ?? 0;
}

/** `text` with every forbidden character replaced by `replacement` (one UTF-16 unit keeps offsets valid). */
export function replaceXmlForbidden(text: string, replacement: string): string {
  return text.replace(FORBIDDEN, replacement);
}

/** `text` with every forbidden character removed. */
export function stripXmlForbidden(text: string): string {
  return replaceXmlForbidden(text, '');
}

/** A plain value (strings, arrays, objects) with every string stripped of forbidden characters. */
export function stripXmlForbiddenDeep<T>(value: T): T {
  if (typeof value === 'string') return stripXmlForbidden(value) as T;
  // Binary data (a picture's bytes) is no text.
  if (ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => stripXmlForbiddenDeep(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripXmlForbiddenDeep(v)])) as T;
  }
  return value;
}
