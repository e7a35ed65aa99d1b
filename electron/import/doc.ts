// Old binary Word (.doc) through word-extractor: paragraphs come as lines, table cells as tab-separated lines, and the
// numbers of Word's automatic lists (doc-lists.ts) are written in front of their paragraphs as printed.
import type { WordDocument } from 'word-extractor';
import BufferReader from 'word-extractor/lib/buffer-reader.js';
import AllocationTable from 'word-extractor/lib/ole-allocation-table.js';
import WordOleExtractor, { type WordPiece } from 'word-extractor/lib/word-ole-extractor.js';
import type { LayoutBlock } from '../../shared/text/repair';
import { LIST_NUMBERS_UNREAD } from '../../shared/formats';
import { readDocListLabels } from './doc-lists';
import { ImportProblem, type Extracted } from './extracted';
import { sectorChain } from './ole-chain';
import { oleDamage } from './ole-check';

// word-extractor follows the container's sector chains without noticing one that runs in a circle, and grows its list
// of sectors until the process is killed. Its chains are followed here instead, and a circle refuses the file.
AllocationTable.prototype.getSecIdChain = function (this: AllocationTable, start: number) {
  return sectorChain(this._table, start);
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file: the container of .doc (and of password-protected .docx). */
export function isOle(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** A password-protected Office file is an OLE container holding an "EncryptedPackage" stream. */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return isOle(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

/**
 * Writes each label into the text before the character at its CP. word-extractor keeps the text as pieces in CP order
 * and cuts the main text out of them by its length, so the pieces after a label move on and the main text grows by it.
 * A piece whose text is not one character per CP (so that a CP cannot be found in it) takes no label.
 */
function writeListLabels(pieces: WordPiece[], boundaries: { ccpText?: number }, labels: Map<number, string>): void {
  const ccpText = boundaries.ccpText;
  if (labels.size === 0 || typeof ccpText !== 'number') return;
  if (!pieces.every((p) => typeof p.text === 'string' && Number.isInteger(p.totLength) && p.totLength >= 0)) return;
  // the new texts first, so that the pieces change all together or not at all
  let cp = 0;
  const texts = pieces.map((piece) => {
    const from = cp;
    cp += piece.totLength;
    let text = piece.text;
    if (text.length !== piece.totLength) return text;
    // from the end, so the positions still to come stay where they were
    for (let at = Math.min(cp, ccpText) - 1; at >= from; at--) {
      const label = labels.get(at);
      if (label !== undefined) text = text.slice(0, at - from) + label + text.slice(at - from);
    }
    return text;
  });
  let start = 0;
  let added = 0;
  pieces.forEach((piece, i) => {
    added += texts[i].length - piece.text.length;
    piece.text = texts[i];
    piece.length = texts[i].length;
    piece.startCp = start;
    piece.endCp = start += texts[i].length;
  });
  boundaries.ccpText = ccpText + added;
}

/** word-extractor's reader, given the streams it reads and the text's pieces just before it cuts the text out of them. */
class ListNumberingExtractor extends WordOleExtractor {
  /** The labels by CP; null where the document's list tables cannot be read. */
  labels: Map<number, string> | null = new Map();

  protected override writePieces(wordDocument: Buffer, table: Buffer): void {
    this.labels = readDocListLabels(wordDocument, table);
    super.writePieces(wordDocument, table);
  }

  protected override buildDocument(): WordDocument {
    try {
      if (this.labels) writeListLabels(this._pieces, this._boundaries, this.labels);
    } catch {
      // the text as word-extractor reads it, without labels
      this.labels = null;
    }
    return super.buildDocument();
  }
}

/** The main text of a .doc with its list numbers, and whether its list tables could be read. */
export async function readDocBody(bytes: Uint8Array): Promise<{ body: string; listsRead: boolean }> {
  const extractor = new ListNumberingExtractor();
  const doc = await extractor.extract(new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  // filterUnicode would turn Chinese curly quotes into ASCII ones.
  return { body: doc.getBody({ filterUnicode: false }), listsRead: extractor.labels !== null };
}

const UNREADABLE = '无法读取该旧版 Word（.doc）文件。请用 Word 或 WPS 打开后另存为 .docx，再重新导入。';

export async function extractDoc(bytes: Uint8Array): Promise<Extracted> {
  if (!isOle(bytes)) throw new ImportProblem('doc-unreadable', UNREADABLE);
  if (isEncryptedOffice(bytes)) {
    throw new ImportProblem('doc-unreadable', '该 Word 文件设置了打开密码，无法读取。请先取消密码保护，另存为 .docx 后再导入。');
  }
  if (oleDamage(bytes)) throw new ImportProblem('doc-unreadable', UNREADABLE);
  let body: string;
  let listsRead: boolean;
  try {
    ({ body, listsRead } = await readDocBody(bytes));
  } catch {
    throw new ImportProblem('doc-unreadable', UNREADABLE);
  }
  // Table cells arrive tab-separated; show them the way the .docx importer does.
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map((line) => {
    const cells = line.split('\t').map((c) => c.trim());
    // A row ends with a cell mark, which leaves an empty last cell.
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    return line.includes('\t') ? cells.join(' | ') : line;
  });
  let text = '';
  const blocks: LayoutBlock[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    if (text) text += '\n';
    const start = text.length;
    text += line;
    const block: LayoutBlock = { text: line, start, end: text.length, typedSpaces: true };
    if (line.includes(' | ')) block.standalone = true;
    blocks.push(block);
  }
  return { format: 'doc', text, blocks, pageCount: null, warnings: listsRead ? [] : [LIST_NUMBERS_UNREAD] };
}
