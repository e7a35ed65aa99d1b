// The main process's side of the pool in a utility process: a FileParser whose files are read in that process. If the
// process ends mid-batch, the files not yet handed over fail with a message and the next batch starts a new one.
import { basename } from 'node:path';
import type { FileParser, ParsedFile } from './pool';
import type { FromPoolHost, ToPoolHost } from './pool-service';
import { unpackTerms } from './protocol';

/** What the client needs of a forked utility process (Electron's UtilityProcess). */
export interface ChildLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

const ENDED = '导入进程意外结束，该文件未导入。请重试；如反复出现，请将该文件单独导入。';

export function createPoolClient(start: () => ChildLike): FileParser {
  let child: ChildLike | null = null;
  let nextBatch = 1;
  let memory = 0;
  const batches = new Map<
    number,
    { onParsed: (index: number, parsed: ParsedFile) => void; onPage?: (index: number, done: number, total: number) => void; done: () => void; ended: () => void }
  >();
  const warmers: (() => void)[] = [];
  let nextTerms = 1;
  /** Texts sent to be segmented, each with the process asked. */
  const asked = new Map<number, { by: ChildLike; resolve: (terms: string[][]) => void; reject: (error: Error) => void }>();

  /** Stored documents sent to be read as policies, each with the process asked. */
  const policyReads = new Map<number, { by: ChildLike; resolve: (policy: ParsedFile['policy']) => void; reject: (error: Error) => void }>();

  function ensure(): ChildLike {
    if (child) return child;
    const c = start();
    c.on('message', (raw) => {
      const message = raw as FromPoolHost;
      if (message.type === 'warmed') warmers.splice(0).forEach((w) => w());
      else if (message.type === 'policy-read') {
        const waiting = policyReads.get(message.id);
        policyReads.delete(message.id);
        if (message.failed) waiting?.reject(new Error('the import process could not read the policy'));
        else waiting?.resolve(message.policy);
      } else if (message.type === 'terms') {
        const waiting = asked.get(message.id);
        asked.delete(message.id);
        if (message.terms) waiting?.resolve(unpackTerms(message.terms));
        else waiting?.reject(new Error('the import process could not segment the texts'));
      } else if (message.type === 'parsed') {
        memory = message.memoryBytes;
        batches.get(message.batch)?.onParsed(message.index, message.parsed);
      } else if (message.type === 'page') batches.get(message.batch)?.onPage?.(message.index, message.done, message.total);
      else if (message.type === 'done') batches.get(message.batch)?.done();
    });
    c.on('exit', () => {
      if (child === c) child = null;
      for (const b of [...batches.values()]) b.ended();
      warmers.splice(0).forEach((w) => w());
      for (const waiting of [asked, policyReads]) {
        for (const [id, one] of waiting) {
          if (one.by !== c) continue;
          waiting.delete(id);
          one.reject(new Error('the import process ended'));
        }
      }
    });
    child = c;
    return c;
  }
  const send = (message: ToPoolHost) => ensure().postMessage(message);

  return {
    parse(paths, onParsed, signal, reading, onPage, asPolicy) {
      if (paths.length === 0 || signal?.aborted) return Promise.resolve();
      const batch = nextBatch++;
      let handed = 0;
      return new Promise<void>((resolve) => {
        const finish = () => {
          batches.delete(batch);
          signal?.removeEventListener('abort', cancel);
          resolve();
        };
        const cancel = () => send({ type: 'cancel', batch });
        batches.set(batch, {
          onParsed: (index, parsed) => {
            handed = index + 1;
            onParsed(index, parsed);
          },
          ...(onPage ? { onPage } : {}),
          done: finish,
          ended: () => {
            // The files the process did not hand over fail, in order, unless the batch was cancelled.
            if (!signal?.aborted) {
              for (let i = handed; i < paths.length; i += 1) {
                const file = basename(paths[i]);
                onParsed(i, { outcome: { ok: false, failure: { file, code: 'no-text', message: `无法导入「${file}」：${ENDED}` } }, terms: null });
              }
            }
            finish();
          },
        });
        signal?.addEventListener('abort', cancel, { once: true });
        send({ type: 'parse', batch, paths, ...(reading ? { reading } : {}), ...(asPolicy ? { asPolicy } : {}) });
      });
    },
    terms(texts) {
      if (texts.length === 0) return Promise.resolve([]);
      const id = nextTerms++;
      const by = ensure();
      return new Promise<string[][]>((resolve, reject) => {
        asked.set(id, { by, resolve, reject });
        by.postMessage({ type: 'terms', id, texts } satisfies ToPoolHost);
      });
    },
    readPolicy(doc, request) {
      const id = nextTerms++;
      const by = ensure();
      return new Promise<ParsedFile['policy']>((resolve, reject) => {
        policyReads.set(id, { by, resolve, reject });
        by.postMessage({ type: 'read-policy', id, doc, request } satisfies ToPoolHost);
      });
    },
    warm() {
      return new Promise<void>((resolve) => {
        warmers.push(resolve);
        send({ type: 'warm' });
      });
    },
    memoryBytes: () => memory,
    async close() {
      const c = child;
      child = null;
      c?.kill();
    },
  };
}
