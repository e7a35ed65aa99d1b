// A minimal .docx written from its parts, for tests of documents Word would never write (nested beyond reason, a
// body of pictures only): the package's content types and relationships, the body given, and any other parts.
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

const TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Writes a .docx whose body is `body` (the XML inside w:body), with `parts` beside it. */
export function writeDocxParts(path: string, body: string, parts: Record<string, string | Uint8Array> = {}): string {
  const document = `<?xml version="1.0"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(document) };
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === 'string' ? strToU8(data) : data;
  writeFileSync(path, zipSync(files));
  return path;
}
