// The import pool served over a message port: in Electron the pool runs in a utility process of its own, so the
// main process (and with it the window) never waits on a file, and a file that takes the pool down takes nothing else.
import type { FileParser, ParsedFile, PolicyRequest, ReadingRequest, StoredText } from './pool';
import { packTerms, type PackedTerms } from './protocol';

export type ToPoolHost =
  | { type: 'warm' }
  | { type: 'parse'; batch: number; paths: string[]; reading?: ReadingRequest; asPolicy?: PolicyRequest }
  | { type: 'cancel'; batch: number }
  | { type: 'terms'; id: number; texts: string[] }
  | { type: 'read-policy'; id: number; doc: StoredText; request: PolicyRequest };

export type FromPoolHost =
  | { type: 'warmed' }
  /** The texts' terms (null: the pool could not segment them). */
  | { type: 'terms'; id: number; terms: PackedTerms | null }
  /** A stored document read as a policy (`failed`: the pool could not read it). */
  | { type: 'policy-read'; id: number; policy?: ParsedFile['policy']; failed?: true }
  | { type: 'parsed'; batch: number; index: number; parsed: ParsedFile; memoryBytes: number }
  | { type: 'page'; batch: number; index: number; done: number; total: number }
  | { type: 'done'; batch: number };

/** The utility process's side of its port (Electron's process.parentPort: messages arrive as events with data). */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

/** Answers the main process's requests with the pool; batches run one after another, as the pool takes them. */
export function servePool(port: ParentPortLike, pool: FileParser): void {
  const running = new Map<number, AbortController>();
  const post = (message: FromPoolHost) => port.postMessage(message);
  port.on('message', ({ data }) => {
    const message = data as ToPoolHost;
    if (message.type === 'warm') {
      void pool.warm().then(() => post({ type: 'warmed' }));
    } else if (message.type === 'terms') {
      const { id } = message;
      void pool.terms(message.texts).then(
        (terms) => post({ type: 'terms', id, terms: packTerms(terms) }),
        () => post({ type: 'terms', id, terms: null }),
      );
    } else if (message.type === 'read-policy') {
      const { id } = message;
      void pool.readPolicy(message.doc, message.request).then(
        (policy) => post({ type: 'policy-read', id, ...(policy ? { policy } : {}) }),
        () => post({ type: 'policy-read', id, failed: true }),
      );
    } else if (message.type === 'cancel') {
      running.get(message.batch)?.abort();
    } else if (message.type === 'parse') {
      const controller = new AbortController();
      running.set(message.batch, controller);
      const { batch } = message;
      void pool
        .parse(
          message.paths,
          (index, parsed) => post({ type: 'parsed', batch, index, parsed, memoryBytes: pool.memoryBytes() }),
          controller.signal,
          message.reading,
          (index, done, total) => post({ type: 'page', batch, index, done, total }),
          message.asPolicy,
        )
        .finally(() => {
          running.delete(batch);
          post({ type: 'done', batch });
        });
    }
  });
}
