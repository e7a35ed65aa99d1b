// For the importers' tests: a file imported for real, its document or its failure (either being the wrong one fails
// the test with the other's message).
import type { ImportedDocument, ImportFailure } from '../../../shared/types';
import { importFile } from '../index';

export async function imported(path: string): Promise<ImportedDocument> {
  const outcome = await importFile(path);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.doc;
}

export async function refused(path: string): Promise<ImportFailure> {
  const outcome = await importFile(path);
  if (outcome.ok) throw new Error(`${path} was imported`);
  return outcome.failure;
}
