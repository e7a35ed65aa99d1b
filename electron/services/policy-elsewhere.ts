// A stored document read as a policy where files are read (the import pool's workers), off the workspace's thread:
// reading a policy takes a few tenths of a second a document, which the thread answering the window should not wait.
// What comes back is what reading it here gives, and is only used with the department directory it was read with.
import type { DepartmentDirectory, PolicyExtract } from '../../shared/types';
import { policyTextLength, policyTooLong } from '../../shared/extract/policy-size';
import * as documents from '../db/documents';
import type { ServiceContext } from './context';

/** Stored documents read as policies elsewhere, by document id, with the directory they were read with. */
export interface PoliciesRead {
  directory: string;
  extracts: Map<number, PolicyExtract>;
}

/** The key two directories are told apart by. */
export const directoryKey = (dir: DepartmentDirectory): string => JSON.stringify(dir);

/**
 * Reads the stored documents `ids` as policies with `dir`, in the parser's workers; those it cannot read there (no
 * parser, a worker that ended, a text past a policy's size) are left out and read on this thread when needed.
 */
export async function readPoliciesElsewhere(ctx: ServiceContext, ids: number[], dir: DepartmentDirectory): Promise<PoliciesRead> {
  const extracts = new Map<number, PolicyExtract>();
  const parser = ctx.parser;
  if (parser) {
    const requests = ids.map(async (id) => {
      const row = documents.getDocumentRow(ctx.db, id);
      if (!row) return;
      const paragraphs = documents.getParagraphs(ctx.db, id).map(({ terms: _t, ...p }) => p);
      if (policyTooLong(row.fileName, policyTextLength(paragraphs)) !== null) return;
      try {
        const read = await parser.readPolicy({ fileName: row.fileName, paragraphs }, { id: 0, directory: dir });
        if (read) extracts.set(id, read.extract);
      } catch {
        // read here, where it is needed
      }
    });
    await Promise.all(requests);
  }
  return { directory: directoryKey(dir), extracts };
}

/** The policy read elsewhere for `id`, where it was read with the directory `dir` (the one now in force). */
export function policyReadElsewhere(read: PoliciesRead | undefined, id: number, dir: DepartmentDirectory): PolicyExtract | undefined {
  return read && read.directory === directoryKey(dir) ? read.extracts.get(id) : undefined;
}
