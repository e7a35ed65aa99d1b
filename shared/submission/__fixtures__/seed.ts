/// <reference types="vite/client" />
// The seed policy and the report fixtures, loaded as text by the test runner (no file system access here).
import seedText from '../../../seeds/policy-seed.txt?raw';
import { directoryFor } from './directory';
import { reportInput } from './report-input';
import { forLinking, seedPolicy } from './seed-policy';

const reports = import.meta.glob('./reports/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const seedExtract = seedPolicy(seedText);
export const seedLinking = forLinking(seedExtract);
export const seedDirectory = directoryFor(seedExtract);

export function report(name: string, importDate?: string) {
  const text = reports[`./reports/${name}`];
  if (text === undefined) throw new Error(`no report fixture ${name}`);
  return reportInput(name, text, undefined, importDate);
}
