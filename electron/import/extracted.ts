// What every format adapter hands back, and the one error they throw for input they cannot read.
import type { DocumentFormat, ImportErrorCode, OcrReading } from '../../shared/types';
import type { LayoutBlock } from '../../shared/text/repair';

export interface Extracted {
  format: DocumentFormat;
  /** The extracted text; block offsets point into it. */
  text: string;
  blocks: LayoutBlock[];
  pageCount: number | null;
  encoding?: string;
  /** Set when the text was recognised from page images. */
  ocr?: OcrReading;
  warnings: string[];
}

/** Input an adapter cannot read; `reason` is the zh-CN explanation shown after the file name. */
export class ImportProblem extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'ImportProblem';
  }
}
