// Word (.docx): document.xml read directly (./docx-xml.ts), or through mammoth on request. Either gives the document
// tree (mammoth's shape, before it becomes HTML) that tells us which runs are bold and which paragraphs carry heading
// styles; tables become one block per row with cells joined by " | ", since reports often answer in a table
// (序号 | 任务 | 落实情况).
import type { LayoutBlock } from '../../shared/text/repair';
import { ImportProblem, type Extracted } from './extracted';
import { pagePictures, pictureTargets, readPastedScan, relsPartOf, type PictureReader } from './docx-pictures';
import { mainPartName, NoBodyError, readDocumentTree, type DocxNode } from './docx-xml';
import { readZipEntries, ZipLimitError } from './zip-limits';

interface RawBlock {
  text: string;
  /** A picture placed here in the body (its relationship id); the block then has no text. */
  picture?: string;
  /** The size the picture is shown at, in centimetres, where the body says. */
  shownCm?: { width: number; height: number };
  bold?: boolean;
  boldPrefix?: string;
  heading?: boolean;
  standalone?: boolean;
}

const HEADING_STYLE = /^(heading\s*\d|title|subtitle|标题(\s*\d)?|副标题)$/i;

interface InlineState {
  text: string;
  bold?: boolean;
  /** Still inside the paragraph's opening run of bold text (a measure's title is often that run). */
  boldOpen?: boolean;
  boldPrefix?: string;
  /** The paragraph's pictures, each with the length of the text before it. */
  pictures?: { at: number; relId: string; shownCm?: { width: number; height: number } }[];
}

/** Text of a paragraph (or any inline container), whether its first visible run is bold, and that bold run. */
function inlineText(node: DocxNode, state: InlineState): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'text':
        if (state.bold === undefined && child.value?.trim()) state.bold = false;
        state.text += child.value ?? '';
        break;
      case 'tab':
        state.text += '\t';
        break;
      case 'break':
        state.text += '\n';
        break;
      case 'run': {
        const before = state.bold;
        const from = state.text.length;
        inlineText(child, state);
        if (before === undefined && state.bold !== undefined && child.isBold) state.bold = true;
        if (state.boldOpen !== false && state.text.slice(from).trim()) {
          state.boldOpen = !!child.isBold;
          if (child.isBold) state.boldPrefix = state.text;
        }
        break;
      }
      case 'image':
        if (child.relId) (state.pictures ??= []).push({ at: state.text.length, relId: child.relId, shownCm: child.shownCm });
        break;
      case 'table':
      case 'note':
      case 'comment':
        break;
      default:
        if (child.children) inlineText(child, state);
    }
  }
}

/**
 * A paragraph as blocks: its text, with the pictures placed in it where they stand (a picture between two stretches
 * of text splits the paragraph there; the formatting hints go with the first stretch).
 */
function paragraphBlocks(p: DocxNode): RawBlock[] {
  // an automatic list number opens the paragraph's text, as it opens the printed line
  const state: InlineState = { text: p.listLabel ?? '' };
  inlineText(p, state);
  const block: RawBlock = { text: state.text };
  if (state.bold) block.bold = true;
  if (state.bold && state.boldPrefix && state.boldPrefix.trim().length < state.text.trim().length) block.boldPrefix = state.boldPrefix;
  if (HEADING_STYLE.test(p.styleName ?? '') || /^(heading\d|title)$/i.test(p.styleId ?? '')) block.heading = true;
  if (!state.pictures) return [block];
  const out: RawBlock[] = [];
  let from = 0;
  for (const { at, relId, shownCm } of state.pictures) {
    if (at > from) out.push(from === 0 ? { ...block, text: state.text.slice(0, at) } : { text: state.text.slice(from, at) });
    out.push({ text: '', picture: relId, ...(shownCm ? { shownCm } : {}) });
    from = at;
  }
  if (from < state.text.length) out.push(from === 0 ? block : { text: state.text.slice(from) });
  return out;
}

/** All text inside a table cell, nested tables included, on one line; its pictures go to `pictures`. */
function cellText(cell: DocxNode, pictures: RawBlock[] = []): string {
  const parts: string[] = [];
  const walk = (node: DocxNode) => {
    for (const child of node.children ?? []) {
      if (child.type === 'paragraph') {
        const blocks = paragraphBlocks(child);
        pictures.push(...blocks.filter((b) => b.picture));
        parts.push(blocks.map((b) => b.text).join('').replace(/\s+/g, ' ').trim());
      } else walk(child);
    }
  };
  walk(cell);
  return parts.filter(Boolean).join(' ');
}

/**
 * A table's rows as cell texts. merged-cell: a cell merged down several rows (rowSpan) is printed once but stands in
 * each row it covers (牵头单位 over rows 5–8, a task's group over its measures), so each of those rows takes its text
 * in its own grid column, and no later cell of the row shifts left into the place it leaves. Merged cells that open
 * the row (a 序号 or 类别 over two rows) are left out, so the row is short on the left, as a spreadsheet's merged
 * range reads (xlsx-rows.ts).
 */
function tableRows(table: DocxNode, pictures: RawBlock[][] = []): string[][] {
  const carried = new Map<number, { text: string; last: number; span: number }>();
  const rows: string[][] = [];
  const tableRowNodes = (table.children ?? []).filter((r) => r.type === 'tableRow');
  tableRowNodes.forEach((row, r) => {
    const queue = (row.children ?? []).filter((c) => c.type === 'tableCell');
    const cells: string[] = [];
    const rowPictures: RawBlock[] = [];
    pictures.push(rowPictures);
    let column = 0;
    for (;;) {
      const above = carried.get(column);
      if (above && above.last >= r) {
        if (cells.length > 0 || queue.length === 0) cells.push(above.text);
        column += above.span;
        continue;
      }
      const cell = queue.shift();
      if (!cell) break;
      const text = cellText(cell, rowPictures);
      const span = cell.colSpan ?? 1;
      if ((cell.rowSpan ?? 1) > 1) carried.set(column, { text, last: r + (cell.rowSpan ?? 1) - 1, span });
      cells.push(text);
      column += span;
    }
    rows.push(cells);
  });
  return rows;
}

function collectBlocks(nodes: DocxNode[], out: RawBlock[]): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      out.push(...paragraphBlocks(node));
    } else if (node.type === 'table') {
      // a picture in a cell comes after its row
      const pictures: RawBlock[][] = [];
      tableRows(node, pictures).forEach((cells, r) => {
        if (cells.some(Boolean)) out.push({ text: cells.join(' | '), standalone: true });
        out.push(...pictures[r]);
      });
    } else if (node.children) {
      collectBlocks(node.children, out);
    }
  }
}

async function readDocxTree(buffer: Buffer): Promise<DocxNode> {
  // Loaded only when asked for: the direct reader is the default.
  const { default: mammoth } = await import('mammoth');
  let tree: DocxNode | null = null;
  await mammoth.convertToHtml(
    { buffer },
    {
      externalFileAccess: false,
      // Images are not needed; skip encoding them into the (discarded) HTML.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      transformDocument: (doc: DocxNode) => {
        tree = doc;
        return doc;
      },
    },
  );
  if (!tree) throw new Error('no document');
  return tree;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Caps on the XML a .docx inflates to. A 300-page report's document.xml is a few megabytes; the caps leave ample room
 * while keeping the parsed tree well inside a worker's heap.
 */
export const DOCX_XML_CAPS = { entryBytes: 32 * 1024 * 1024, totalBytes: 64 * 1024 * 1024 };

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/** Inflates the XML parts under the caps before anything parses them; a bomb stops at the cap. */
function inflateParts(bytes: Uint8Array): Map<string, Uint8Array> {
  try {
    return readZipEntries(bytes, isXmlPart, DOCX_XML_CAPS);
  } catch (err) {
    if (err instanceof ZipLimitError) {
      throw new ImportProblem(
        'too-large',
        `文件解压后的内容超过了 ${err.limitBytes / 1024 / 1024} MB 的上限（可能是“压缩炸弹”或异常文件），未导入。请用 Word 或 WPS 打开后另存为 .docx 再导入。`,
      );
    }
    throw new ImportProblem('corrupt-docx', '文件已损坏，无法作为 Word（.docx）读取。请用 Word 或 WPS 打开后重新保存为 .docx。');
  }
}

const DOCX_TOO_DEEP =
  '文件的结构层层嵌套，远超正常 Word 文档（可能已损坏或是异常构造的文件），未导入。请用 Word 或 WPS 打开后重新保存为 .docx。';

export type DocxReader = 'xml' | 'mammoth';

/** The reader used: document.xml directly, or mammoth with LUOSHI_DOCX_READER=mammoth (for comparisons). */
export function docxReader(): DocxReader {
  return process.env.LUOSHI_DOCX_READER === 'mammoth' ? 'mammoth' : 'xml';
}

/**
 * Reads a .docx. With a picture reader, a body whose pictures carry it (a scan pasted into Word: pasted-scan) has them
 * read by OCR, between its typed paragraphs (./docx-pictures.ts); without one, such a body is refused with advice.
 */
export async function extractDocx(bytes: Uint8Array, pictures?: PictureReader): Promise<Extracted> {
  if (!isZip(bytes)) {
    throw new ImportProblem('corrupt-docx', '文件已损坏或不是有效的 Word（.docx）文件。请用 Word 或 WPS 打开后重新保存为 .docx。');
  }
  const parts = inflateParts(bytes);
  let tree: DocxNode;
  let main: string | null = null;
  try {
    if (docxReader() === 'mammoth') {
      tree = await readDocxTree(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } else {
      main = mainPartName(parts.get('_rels/.rels'));
      if (!parts.has(main)) throw new NoBodyError('no main document part');
      tree = readDocumentTree({ document: parts.get(main), styles: parts.get('word/styles.xml'), numbering: parts.get('word/numbering.xml') });
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof NoBodyError || /main document part|body element/i.test(message)) {
      throw new ImportProblem(
        'docx-no-body',
        '文件中没有 Word 正文部分（word/document.xml），可能不是 Word 文档或已损坏。请用 Word 或 WPS 打开后另存为 .docx。',
      );
    }
    // Word nests tables and fields a few levels deep; tens of thousands of levels exhaust the reader's stack
    if (err instanceof RangeError) throw new ImportProblem('corrupt-docx', DOCX_TOO_DEEP);
    throw new ImportProblem('corrupt-docx', '文件已损坏，无法作为 Word（.docx）读取。请用 Word 或 WPS 打开后重新保存为 .docx。');
  }

  const raw: RawBlock[] = [];
  try {
    collectBlocks(tree.children ?? [], raw);
  } catch (err) {
    if (err instanceof RangeError) throw new ImportProblem('corrupt-docx', DOCX_TOO_DEEP);
    throw err;
  }
  if (pictures && main !== null) {
    const scan = await readPastedScan(bytes, raw, pictureTargets(parts.get(relsPartOf(main)), main), pictures);
    if (scan) return scan;
  }
  let text = '';
  const blocks: LayoutBlock[] = [];
  for (const b of raw) {
    if (b.picture || !b.text.trim()) continue;
    if (text) text += '\n';
    const start = text.length;
    text += b.text;
    blocks.push({ ...b, start, end: text.length, typedSpaces: true });
  }
  if (text === '' && bodyHoldsPictures(parts, main)) throw new ImportProblem('no-text', DOCX_PICTURES_ONLY);
  return { format: 'docx', text, blocks, pageCount: null, warnings: [] };
}

const DOCX_PICTURES_ONLY =
  '这份 Word 文件里只有图片、没有文字（可能是把扫描件贴进了 Word）。请直接导入原扫描件（PDF 或图片），导入时会自动进行文字识别（OCR）；或在 Word 中把图片另存为图片文件后导入。';

/** Whether the document's body refers to a picture (a relationship of the image type in its part's relationships). */
function bodyHoldsPictures(parts: Map<string, Uint8Array>, main: string | null): boolean {
  const body = main ?? mainPartName(parts.get('_rels/.rels'));
  return pictureTargets(parts.get(relsPartOf(body)), body).size > 0;
}

/**
 * The parts of the page-sized pictures a .docx's body places, in its order (null for one linked from outside the
 * file): the pages of a pasted scan, for showing them beside the text read from them.
 */
export function bodyPictureParts(bytes: Uint8Array): (string | null)[] {
  const parts = inflateParts(bytes);
  const main = mainPartName(parts.get('_rels/.rels'));
  const raw: RawBlock[] = [];
  collectBlocks(readDocumentTree({ document: parts.get(main), styles: parts.get('word/styles.xml'), numbering: parts.get('word/numbering.xml') }).children ?? [], raw);
  return pagePictures(raw, pictureTargets(parts.get(relsPartOf(main)), main)).map((p) => p.part ?? null);
}
