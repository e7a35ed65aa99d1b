// PDF import: a text reader gives each page's positioned runs (PDFium by default; pdf.js on request), the layout
// rebuilds lines, paragraphs and tables, and the result is checked for pages without text and undecodable fonts.
import { garbleScore } from './decode-text';
import { ImportProblem, type Extracted } from './extracted';
import { layoutPdf } from './pdf-layout';
import { checkPdfStreams, StreamLimitError } from './pdf-streams';
import { CORRUPT_PDF, MAX_PDF_PAGES, type PdfReadOptions, type PdfText } from './pdf-text';
import { readPdfJsText } from './pdfjs-text';
import { readPdfiumText } from './pdfium-text';

export type PdfEngine = 'pdfium' | 'pdfjs';

export interface PdfOptions extends Partial<PdfReadOptions> {
  engine?: PdfEngine;
}

/** The engine used when none is asked for: LUOSHI_PDF_ENGINE=pdfjs selects the older reader (for comparisons). */
export function defaultPdfEngine(): PdfEngine {
  return process.env.LUOSHI_PDF_ENGINE === 'pdfjs' ? 'pdfjs' : 'pdfium';
}

const PDF_MAGIC = Buffer.from('%PDF-');

export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes(PDF_MAGIC);
}

const ASCII_SYMBOL = /[!-/:-@[-`{-~]/;

/**
 * glyph-codes: whether a text layer holds glyph codes rather than text. Typesetting systems that number a subset
 * font's glyphs in the order they are first used (0x21, 0x22, …) and give no Unicode map leave those codes in the text
 * layer (「!"#$%&'()*+,  -. ! !"#/012$34567.89」 where a city's government gazette prints 北京住房公积金管理中心…): a fifth of
 * the text or more is ASCII symbols, and runs of consecutive codes (!"#$, ()*+,) recur. Prose writes a few symbols in a
 * hundred (Chinese its punctuation full-width), and a run of three consecutive codes holding a symbol almost never.
 */
export function looksLikeGlyphCodes(text: string): boolean {
  const chars = [...text].filter((ch) => !/\s/.test(ch));
  if (chars.length === 0) return false;
  const symbols = chars.filter((ch) => ASCII_SYMBOL.test(ch)).length;
  let inRuns = 0;
  let start = 0;
  const code = (i: number) => chars[i].codePointAt(0) ?? 0;
  const printable = (c: number) => c >= 0x21 && c <= 0x7e;
  for (let i = 1; i <= chars.length; i += 1) {
    if (i < chars.length && printable(code(i)) && printable(code(i - 1)) && code(i) === code(i - 1) + 1) continue;
    if (i - start >= 3 && chars.slice(start, i).some((ch) => ASCII_SYMBOL.test(ch))) inRuns += i - start;
    start = i;
  }
  return symbols / chars.length > 0.2 && inRuns / chars.length > 0.02;
}

export async function extractPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<Extracted> {
  if (!looksLikePdf(bytes)) throw new ImportProblem('corrupt-pdf', CORRUPT_PDF);
  try {
    checkPdfStreams(bytes);
  } catch (err) {
    if (!(err instanceof StreamLimitError)) throw err;
    throw new ImportProblem(
      'too-large',
      `PDF 中的压缩内容解压后超过了 ${err.limitBytes / 1024 / 1024} MB 的上限（可能是“压缩炸弹”或异常文件），未导入。请重新导出 PDF 后再导入。`,
    );
  }
  const read = (options.engine ?? defaultPdfEngine()) === 'pdfjs' ? readPdfJsText : readPdfiumText;
  const { pageCount, pages }: PdfText = await read(bytes, { maxPages: options.maxPages ?? MAX_PDF_PAGES, checkpoint: options.checkpoint });
  if (pageCount === 0) throw new ImportProblem('corrupt-pdf', CORRUPT_PDF);
  const blankPages = pages.filter((p) => !p.items.some((it) => it.str.trim())).map((p) => p.number);

  const layout = layoutPdf(pages);
  const visible = layout.blocks.map((b) => b.text).join('');
  if (!visible.trim()) {
    throw new ImportProblem('image-only-pdf', '该 PDF 没有文字层（可能是扫描件），需先进行文字识别（OCR）。');
  }
  // Fonts without a Unicode map give private-use or control characters instead of text, or their glyph codes.
  if (garbleScore(visible) > 0.3 || looksLikeGlyphCodes(visible)) {
    throw new ImportProblem(
      'garbled-text',
      '该 PDF 的文字层无法正确解码（字体缺少字符映射），读出的是乱码。请重新导出 PDF，或先进行文字识别（OCR）。',
    );
  }
  const warnings: string[] = [];
  if (blankPages.length > 0) {
    warnings.push(`第 ${blankPages.join('、')} 页没有可读取的文字（可能是扫描页或空白页），这些页的内容未导入。`);
  }
  return { format: 'pdf', text: layout.text, blocks: layout.blocks, pageCount, warnings };
}
