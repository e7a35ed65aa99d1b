// A minimal .docx written from its parts, for tests of documents Word would never write (nested beyond reason) or
// that are written picture by picture (scans pasted into Word): the package's content types and relationships, the body given, and any other parts.
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

const TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="tif" ContentType="image/tiff"/><Default Extension="emf" ContentType="image/x-emf"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
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

/**
 * A paragraph holding one inline picture (DrawingML, as Word writes a pasted picture) shown from relationship `relId`,
 * at `cm` on the page (an A4 scan across the text width unless given).
 */
export function pictureParagraph(relId: string, cm = { width: 14.65, height: 20.72 }): string {
  const emu = (n: number) => Math.round(n * 360_000);
  return (
    `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="${emu(cm.width)}" cy="${emu(cm.height)}"/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill></pic:pic>` +
    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}

/** The main part's relationships: each id to its picture part (a path under word/, such as media/image1.png). */
export function pictureRels(targets: Record<string, string>): string {
  const rels = Object.entries(targets)
    .map(([id, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${target}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/** A typed paragraph, bold when asked (a typed title). */
export function typedParagraph(text: string, bold = false): string {
  return `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${text}</w:t></w:r></w:p>`;
}

/** A paragraph holding a VML picture (as older Word and WPS write one) of `width` × `height` points. */
export function vmlPictureParagraph(relId: string, width = 415, height = 587): string {
  return `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:${width}pt;height:${height}pt"><v:imagedata r:id="${relId}"/></v:shape></w:pict></w:r></w:p>`;
}
