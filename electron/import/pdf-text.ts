// What a PDF text reader hands the layout, the readers' shared messages, and the page cap.
import type { PdfPage } from './pdf-layout';

export interface PdfText {
  pageCount: number;
  pages: PdfPage[];
}

export interface PdfReadOptions {
  /** Documents with more pages are refused before any page is read. */
  maxPages: number;
  /** Called before each page; may throw to stop reading (cancel, time budget). */
  checkpoint?: () => void;
}

/**
 * The page cap. Policies and reports run to tens of pages, yearbooks and compilations to a few hundred; a PDF of
 * thousands of pages is a collection (or a hostile file) and is refused whole rather than cut, so that no report
 * is half-imported without anyone noticing.
 */
export const MAX_PDF_PAGES = 2000;

export const CORRUPT_PDF = '文件已损坏或不是有效的 PDF 文件。';
export const ENCRYPTED_PDF = '该 PDF 已加密（需要密码才能打开），请先解除密码保护后再导入。';

export function tooManyPages(count: number, max: number): string {
  return `该 PDF 共 ${count.toLocaleString('en-US')} 页，超过了单个文件 ${max.toLocaleString('en-US')} 页的上限，整份文件未导入（不截取部分页面，以免报告只导入一半而不被察觉）。请拆分为多个文件后再导入。`;
}

/** Font names of bold faces: a measure's title is often set in bold. */
export const BOLD_FACE = /bold|heavy|black|semibold|demi|黑体|simhei|heiti/i;
