// Types for the library modules the importers use that ship none.

// The part of word-extractor's API the .doc adapter uses.
declare module 'word-extractor' {
  interface TextOptions {
    /** Converts curly quotes and other Unicode punctuation to ASCII unless false. */
    filterUnicode?: boolean;
  }
  export class WordDocument {
    getBody(options?: TextOptions): string;
    getHeaders(options?: TextOptions & { includeFooters?: boolean }): string;
    getFooters(options?: TextOptions): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}

// pdf.js's worker code, run on the main thread in Node.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

// word-extractor's reader of the binary Word format, which the .doc adapter extends to write list numbers into the
// text: the pieces of the text, in CP order, and the lengths of the document's stories.
declare module 'word-extractor/lib/word-ole-extractor.js' {
  import type { WordDocument } from 'word-extractor';
  export interface WordPiece {
    startCp: number;
    endCp: number;
    length: number;
    /** The piece's CPs as the piece table gives them. */
    totLength: number;
    text: string;
  }
  export default class WordOleExtractor {
    protected _pieces: WordPiece[];
    protected _boundaries: { ccpText?: number };
    extract(reader: unknown): Promise<WordDocument>;
    protected writePieces(wordDocument: Buffer, table: Buffer): void;
    protected buildDocument(): WordDocument;
  }
}

declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer);
  }
}

// word-extractor's allocation table of an OLE container: the sector after each sector; the .doc adapter follows its
// chains itself (ole-chain.ts).
declare module 'word-extractor/lib/ole-allocation-table.js' {
  export default class AllocationTable {
    _table: number[];
    getSecIdChain(startSecId: number): number[];
  }
}
