// Types for the library modules the importers use that ship none.

// The part of word-extractor's API the .doc adapter uses.
declare module 'word-extractor' {
  interface TextOptions {
    /** Converts curly quotes and other Unicode punctuation to ASCII unless false. */
    filterUnicode?: boolean;
  }
  class WordDocument {
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
