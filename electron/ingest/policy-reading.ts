// Reading a parsed document as a policy where the file is read (a parse worker, under the file's time and memory
// limits), so the workspace's thread only stores what comes back. A text past the size a policy may have is not read
// as one: the workspace refuses it with its reason, or takes it as a report.
import { extractPolicy } from '../../shared/extract/policy';
import { policyTextLength, policyTooLong } from '../../shared/extract/policy-size';
import type { ImportedDocument } from '../../shared/types';
import type { ParsedFile, PolicyRequest } from './protocol';

export function readAsPolicy(doc: Pick<ImportedDocument, 'fileName' | 'paragraphs'>, request: PolicyRequest): ParsedFile['policy'] {
  if (policyTooLong(doc.fileName, policyTextLength(doc.paragraphs)) !== null) return undefined;
  return { requestId: request.id, extract: extractPolicy({ paragraphs: doc.paragraphs }, request.directory) };
}
