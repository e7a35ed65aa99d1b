// Turns a report fixture (plain text, one paragraph a line) into a SubmissionInput.
import type { SubmissionInput } from '../types';
import { bigramTokens } from './bigrams';

export function reportInput(file: string, text: string, tokenize: (s: string) => string[] = bigramTokens, importDate = '2022-01-10'): SubmissionInput {
  const paragraphs = text.split('\n').map((t, index) => ({ index, text: t }));
  return { file, paragraphs, tokens: paragraphs.map((p) => tokenize(p.text)), importDate };
}
