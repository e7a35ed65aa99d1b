// Messages between the import pool and its workers.
import type { ImportOutcome } from '../import';

/** A parsed file: the importer's outcome and, for a document, each paragraph's index terms. */
export interface ParsedFile {
  outcome: ImportOutcome;
  terms: string[][] | null;
}

/** To a parse worker: read one file. */
export type ToParser = { type: 'parse'; id: number; path: string };
export type FromParser = { type: 'ready' } | { type: 'parsed'; id: number; outcome: ImportOutcome; wasmBytes: number };

/** To a segmenter: the index terms of some paragraphs. */
export type ToSegmenter = { type: 'terms'; id: number; texts: string[] };
export type FromSegmenter = { type: 'ready' } | { type: 'terms'; id: number; terms: string[][] };
