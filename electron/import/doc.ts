// Old binary Word (.doc) through word-extractor: paragraphs come as lines, table cells as tab-separated lines.
import WordExtractor from 'word-extractor';
import type { LayoutBlock } from '../../shared/text/repair';
import { ImportProblem, type Extracted } from './extracted';

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

const UNREADABLE = '无法读取该旧版 Word（.doc）文件。请用 Word 或 WPS 打开后另存为 .docx，再重新导入。';

export async function extractDoc(bytes: Uint8Array): Promise<Extracted> {
  if (!isOle(bytes)) throw new ImportProblem('doc-unreadable', UNREADABLE);
  if (isEncryptedOffice(bytes)) {
    throw new ImportProblem('doc-unreadable', '该 Word 文件设置了打开密码，无法读取。请先取消密码保护，另存为 .docx 后再导入。');
  }
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // filterUnicode would turn Chinese curly quotes into ASCII ones.
    body = doc.getBody({ filterUnicode: false });
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
    const block: LayoutBlock = { text: line, start, end: text.length };
    if (line.includes(' | ')) block.standalone = true;
    blocks.push(block);
  }
  return { format: 'doc', text, blocks, pageCount: null, warnings: [] };
}
