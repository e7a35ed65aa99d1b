// The same parsing on the calling thread: for tests and tools that import a handful of files and want no workers.
import { importFile } from '../import';
import type { Segmenter } from '../segment/jieba';
import type { FileParser, ParsedFile } from './pool';
import { readAsPolicy } from './policy-reading';
import { packTerms } from './protocol';

export function createInlineParser(segmenter: Segmenter): FileParser {
  return {
    async parse(paths, onParsed, signal, _reading, onPage, asPolicy) {
      for (let i = 0; i < paths.length && !signal?.aborted; i += 1) {
        const outcome = await importFile(paths[i], { signal, onPage: (done, total) => onPage?.(i, done, total) });
        const policy = outcome.ok && asPolicy ? readAsPolicy(outcome.doc, asPolicy) : undefined;
        const parsed: ParsedFile = { outcome, terms: outcome.ok ? packTerms(outcome.doc.paragraphs.map((p) => segmenter.terms(p.text))) : null, ...(policy ? { policy } : {}) };
        onParsed(i, parsed);
      }
    },
    async readPolicy(doc, request) {
      return readAsPolicy(doc, request);
    },
    async terms(texts) {
      return texts.map((t) => segmenter.terms(t));
    },
    async warm() {},
    memoryBytes: () => 0,
    async close() {},
  };
}
