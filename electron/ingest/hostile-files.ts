// Generated hostile inputs for the containment tests and the benchmark: each small on disk, each built to exhaust
// something (memory when inflated, layout time, page count). Built in a few hundred milliseconds, never committed.
import { writeFileSync } from 'node:fs';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * Deflate data for `repeat` copies of `chunk`, compressing the chunk once: after a full flush the compressor starts
 * afresh, so every copy compresses to the same bytes, and a final empty block closes the stream.
 */
function repeatedDeflate(chunk: Buffer, repeat: number, wrap: 'raw' | 'zlib'): Buffer {
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const parts: Buffer[] = [];
  if (wrap === 'zlib') parts.push(Buffer.from([0x78, 0x9c]));
  for (let i = 0; i < repeat; i += 1) parts.push(block);
  parts.push(deflateRawSync(Buffer.alloc(0)));
  // The zlib trailer's checksum is not checked by the readers before they have inflated everything.
  if (wrap === 'zlib') parts.push(Buffer.alloc(4));
  return Buffer.concat(parts);
}

/** A minimal zip writer (deflated entries, no CRC checks needed by the readers under test). */
function zip(entries: { name: string; data: Buffer; size: number; stored?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.stored ? 0 : 8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A zip archive holding one text file, `name`, that inflates to about `inflatedBytes` (a megabyte or so on disk). */
export function writeZipBomb(path: string, name: string, inflatedBytes = 1024 * 1024 * 1024): void {
  const chunk = Buffer.from('现将落实情况报告如下。'.repeat(40_000));
  const repeat = Math.max(1, Math.round(inflatedBytes / chunk.length));
  writeFileSync(path, zip([{ name, data: repeatedDeflate(chunk, repeat, 'raw'), size: chunk.length * repeat }]));
}

/** A .docx whose document.xml inflates to about `inflatedBytes` of paragraphs (under a megabyte on disk). */
export function writeDocxBomb(path: string, inflatedBytes = 1024 * 1024 * 1024): void {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>');
  const tail = Buffer.from('</w:body></w:document>');
  const paragraph = '<w:p><w:r><w:t>按照实施意见要求，现将落实情况报告如下。</w:t></w:r></w:p>';
  const chunk = Buffer.from(paragraph.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(paragraph))));
  const repeat = Math.max(1, Math.round(inflatedBytes / chunk.length));
  const body = Buffer.concat([deflateRawSync(head, { finishFlush: constants.Z_FULL_FLUSH }), repeatedDeflate(chunk, repeat, 'raw').subarray(0, -2), deflateRawSync(tail)]);
  const size = head.length + chunk.length * repeat + tail.length;
  writeFileSync(
    path,
    zip([
      { name: '[Content_Types].xml', data: deflateRawSync(CONTENT_TYPES), size: Buffer.byteLength(CONTENT_TYPES) },
      { name: '_rels/.rels', data: deflateRawSync(RELS), size: Buffer.byteLength(RELS) },
      { name: 'word/document.xml', data: body, size },
    ]),
  );
}

/** A PDF from its objects (1-based: object 1 is the catalog), with a correct cross-reference table. */
function pdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const stream = (dict: string, data: Buffer) =>
  Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A PDF of one page (A4 unless `size` is given) drawn by the compressed content stream `content`, in Helvetica. */
export function onePagePdf(content: Buffer, size = '595 842'): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    stream('/Filter /FlateDecode', content),
    FONT,
  ]);
}

/** One huge page carrying `runs` separately placed text runs, in rows of 400 (about 600 KB on disk). */
export function writeManyRunsPdf(path: string, runs = 200_000): void {
  const perRow = 400;
  const rows = Math.ceil(runs / perRow);
  const ops: string[] = ['BT /F1 10 Tf'];
  for (let i = 0; i < runs; i += 1) {
    ops.push(`1 0 0 1 ${20 + (i % perRow) * 30} ${20 + (rows - Math.floor(i / perRow)) * 14} Tm (w${i % 97}) Tj`);
  }
  ops.push('ET');
  const content = deflateSync(Buffer.from(ops.join('\n')));
  writeFileSync(path, onePagePdf(content, `${perRow * 30 + 40} ${rows * 14 + 40}`));
}

/** A PDF of `pages` pages sharing one short content stream. */
export function writeManyPagesPdf(path: string, pages = 20_000): void {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>';
  writeFileSync(
    path,
    pdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
      stream('', Buffer.from('BT /F1 12 Tf 72 770 Td (Progress report, page) Tj ET')),
      FONT,
      ...Array.from({ length: pages }, () => page),
    ]),
  );
}

/** One page whose content stream inflates to about `inflatedBytes` (a megabyte or so on disk). */
export function writeHugeStreamPdf(path: string, inflatedBytes = 1024 * 1024 * 1024): void {
  const chunk = Buffer.from('BT /F1 12 Tf 72 700 Td (Progress report) Tj ET\n'.repeat(21_000));
  const content = repeatedDeflate(chunk, Math.max(1, Math.round(inflatedBytes / chunk.length)), 'zlib');
  writeFileSync(path, onePagePdf(content));
}

/**
 * An OLE container (.doc, .wps, .xls, .et) whose main stream's sector chain runs in a circle (its third sector leads
 * back to its first): made from a real one by rewriting one entry of its allocation table. The main stream is the
 * first held in the main table (4096 bytes or more); the container's table must fit its header (a small file).
 */
export function writeCyclicChainOle(path: string, ole: Buffer): void {
  const bytes = Buffer.from(ole);
  const size = 1 << bytes.readUInt16LE(0x1e);
  const perSector = size / 4;
  const offsetOf = (sector: number) => (sector + 1) * size;
  const entryOf = (sector: number) => offsetOf(bytes.readInt32LE(0x4c + 4 * Math.floor(sector / perSector))) + (sector % perSector) * 4;
  const next = (sector: number) => bytes.readInt32LE(entryOf(sector));
  for (let sector = bytes.readInt32LE(0x30); sector >= 0; sector = next(sector)) {
    for (let at = offsetOf(sector); at < offsetOf(sector) + size; at += 128) {
      if (bytes[at + 0x42] !== 2 || bytes.readUInt32LE(at + 0x78) < 4096) continue;
      const first = bytes.readInt32LE(at + 0x74);
      bytes.writeInt32LE(first, entryOf(next(next(first))));
      writeFileSync(path, bytes);
      return;
    }
  }
  throw new Error('no stream of 4096 bytes or more');
}

/**
 * An Excel 97 workbook whose summary property set holds a property typed 0xFFFF0003: a number (VT_I4) with the
 * vector flag among nonsense bits, which SheetJS reads as a vector and goes on filling until memory runs out. Made
 * from return-market.xls, whose first 4-byte number property there has its type word at `TYPE_AT`.
 */
export function writeBadPropertyXls(path: string, xls: Buffer): void {
  const TYPE_AT = 0x1360;
  const bytes = Buffer.from(xls);
  if (bytes.readUInt32LE(TYPE_AT) !== 3) throw new Error('not the workbook this file is made from');
  bytes.writeUInt32LE(0xffff0003, TYPE_AT);
  writeFileSync(path, bytes);
}

/**
 * A WPS workbook with three entries of its allocation table rewritten (as a mutation test found them): its Workbook
 * stream's chain turned back from sector 15 to sector 6, sector 47 marked free and sector 63 leading to sector 2.
 * SheetJS follows the tangle, growing a list until the process is killed. Made from kingsoft-sheet.et, whose table
 * is its sector 64.
 */
export function writeTangledWorkbook(path: string, et: Buffer): void {
  const bytes = Buffer.from(et);
  const table = (64 + 1) * (1 << bytes.readUInt16LE(0x1e));
  const changes: [number, number, number][] = [[15, 16, 6], [47, 48, -1], [63, -2, 2]];
  for (const [sector, was] of changes) if (bytes.readInt32LE(table + 4 * sector) !== was) throw new Error('not the workbook this file is made from');
  for (const [sector, , to] of changes) bytes.writeInt32LE(to, table + 4 * sector);
  writeFileSync(path, bytes);
}
