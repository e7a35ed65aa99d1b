// Plain text and markdown: one block per line. Markdown marks stay in the text (the policy extractor strips them);
// they only set the heading and bold hints.
import type { LayoutBlock } from '../../shared/text/repair';
import { decodeText } from './decode-text';
import { ImportProblem, type Extracted } from './extracted';

const HEADING = /^\s{0,3}#{1,6}\s/;
const BOLD_START = /^\s*(#{1,6}\s*)?\*\*\S/;
/** A markdown table row with its outer bars: "| a | b |". */
const BARRED_ROW = /^\s*\|.*\|\s*$/;
/** Three or more cells separated by tabs, as pasted from a spreadsheet or a Word table (two are a header line). */
const TAB_ROW = /\S\t+\S.*\t/;

/**
 * A markdown table row, with or without its outer bars: "| a | b |" or "a | b | c": two bars with a cell between them,
 * written after something and followed by something. Read cell by cell, so a long line holding no bar costs one pass
 * (a pattern searched from every position of it would cost the square of its length).
 */
export function isPipeRow(line: string): boolean {
  if (line.indexOf('|') === line.lastIndexOf('|')) return false;
  if (BARRED_ROW.test(line)) return true;
  const cells = line.split('|');
  for (let i = 0; i + 2 < cells.length; i += 1) {
    if (cells[i].trim() !== '' && cells[i + 1] !== '' && (cells[i + 2].trim() !== '' || i + 3 < cells.length)) return true;
  }
  return false;
}

/** A tab-separated row reads like the Word importer's rows: cells joined by " | ", empty cells kept. */
export function tabRowText(line: string): string {
  return line.split('\t').map((c) => c.trim()).join(' | ');
}

export function textBlocks(text: string): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const tabbed = TAB_ROW.test(line);
      const block: LayoutBlock = { text: tabbed ? tabRowText(line) : line, start, end, typedSpaces: true };
      if (HEADING.test(line)) block.heading = true;
      if (BOLD_START.test(line)) block.bold = true;
      if (tabbed || isPipeRow(line)) block.standalone = true;
      blocks.push(block);
    }
    start = end + 1;
  }
  return blocks;
}

export function extractText(bytes: Uint8Array): Extracted {
  const decoded = decodeText(bytes);
  if (!decoded) {
    throw new ImportProblem(
      'garbled-text',
      '无法识别文件的文字编码，读出的内容是乱码。请用记事本或 WPS 打开后另存为 UTF-8 编码的文本，或另存为 .docx。',
    );
  }
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const warnings: string[] = [];
  if (decoded.encoding === 'gb18030') warnings.push('文件不是 UTF-8 编码，已按 GB18030（GBK）编码读取。');
  return { format: 'txt', text, blocks: textBlocks(text), pageCount: null, encoding: decoded.encoding, warnings };
}
